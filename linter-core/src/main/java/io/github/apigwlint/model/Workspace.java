package io.github.apigwlint.model;

import io.github.apigwlint.source.FileWork;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Everything one run read, linked: a role in one file and the API in another meet here. */
public final class Workspace {

  private final List<Api> apis = new ArrayList<>();
  private final List<PolicyDocument> policies = new ArrayList<>();
  private final List<DomainName> domains = new ArrayList<>();
  private final List<ApiMapping> mappings = new ArrayList<>();
  private final List<VpcEndpoint> vpcEndpoints = new ArrayList<>();
  private final List<Role> roles = new ArrayList<>();
  private final List<Deployment> deployments = new ArrayList<>();
  private final List<ApiDefinition> definitions = new ArrayList<>();
  private final List<SamPolicySettings> samPolicySettings = new ArrayList<>();
  private final List<SamTransformError> samTransformErrors = new ArrayList<>();
  private final List<Consumer> consumers = new ArrayList<>();
  private final Map<String, Set<String>> ownAccounts = new HashMap<>();
  private WorkspaceIndex index = new WorkspaceIndex();

  /**
   * A workspace that starts with this one's elements: the part of a run that no undecided
   * condition changes is read once and shared by every variant, which adds its own elements.
   */
  public Workspace extended() {
    Workspace copy = new Workspace();
    copy.apis.addAll(apis);
    copy.policies.addAll(policies);
    copy.domains.addAll(domains);
    copy.mappings.addAll(mappings);
    copy.vpcEndpoints.addAll(vpcEndpoints);
    copy.roles.addAll(roles);
    copy.deployments.addAll(deployments);
    copy.definitions.addAll(definitions);
    copy.samPolicySettings.addAll(samPolicySettings);
    copy.samTransformErrors.addAll(samTransformErrors);
    copy.consumers.addAll(consumers);
    copy.ownAccounts.putAll(ownAccounts);
    return copy;
  }

  /**
   * Reads into the workspace with {@code reading}; when it ends with a problem, what it added is
   * taken back, so that a file that failed half-way leaves nothing that could make its elements look
   * other than they are.
   */
  public <T> FileWork.Result<T> tentatively(Supplier<FileWork.Result<T>> reading) {
    Mark mark = mark();
    FileWork.Result<T> result = reading.get();
    if (result.failure().isPresent()) {
      rollback(mark);
    }
    return result;
  }

  /** What a workspace held at one time: the sizes of its lists, which only grow while files are read. */
  private record Mark(List<Integer> sizes, Map<String, Set<String>> ownAccounts) {}

  private Mark mark() {
    return new Mark(lists().stream().map(List::size).toList(), new HashMap<>(ownAccounts));
  }

  private void rollback(Mark mark) {
    List<List<?>> lists = lists();
    for (int i = 0; i < lists.size(); i++) {
      List<?> list = lists.get(i);
      list.subList(mark.sizes().get(i), list.size()).clear();
    }
    ownAccounts.clear();
    ownAccounts.putAll(mark.ownAccounts());
    index = new WorkspaceIndex();
  }

  private List<List<?>> lists() {
    return List.of(apis, policies, domains, mappings, vpcEndpoints, roles, deployments, definitions, samPolicySettings,
        samTransformErrors, consumers);
  }

  public List<Api> apis() {
    return apis;
  }

  public List<PolicyDocument> policies() {
    return policies;
  }

  public List<DomainName> domains() {
    return domains;
  }

  public List<ApiMapping> mappings() {
    return mappings;
  }

  public List<VpcEndpoint> vpcEndpoints() {
    return vpcEndpoints;
  }

  public List<Role> roles() {
    return roles;
  }

  /** The callers the configuration expects to invoke APIs of the workspace. */
  public List<Consumer> consumers() {
    return consumers;
  }

  public List<Deployment> deployments() {
    return deployments;
  }

  /** The OpenAPI definitions that APIs of the workspace are written with. */
  public List<ApiDefinition> definitions() {
    return definitions;
  }

  /** The SAM {@code Auth.ResourcePolicy} blocks that the workspace's policies were generated from. */
  public List<SamPolicySettings> samPolicySettings() {
    return samPolicySettings;
  }

  /** The settings of SAM resources that SAM's transform refuses. */
  public List<SamTransformError> samTransformErrors() {
    return samTransformErrors;
  }

  /**
   * The accounts the input that holds {@code policy} shows as its own: where a plan or state gives
   * the owner or the ARNs of the resources it creates, those are real accounts, even one that AWS
   * documentation uses as a sample. A template's own account is {@code AWS::AccountId}, a symbol.
   */
  public Set<String> ownAccounts(PolicyDocument policy) {
    return ownAccounts.getOrDefault(policy.source().location().file(), Set.of());
  }

  /** Records the accounts the input {@code file} shows as its own. */
  public void addOwnAccounts(String file, Set<String> accounts) {
    if (!accounts.isEmpty()) {
      ownAccounts.computeIfAbsent(file, f -> new HashSet<>()).addAll(accounts);
    }
  }

  /** The resource policies attached to {@code api} (an API has at most one, but input may repeat it). */
  public List<PolicyDocument> resourcePolicies(Api api) {
    return index().resourcePolicies(api);
  }

  public Optional<PolicyDocument> resourcePolicy(Api api) {
    return resourcePolicies(api).stream().findFirst();
  }

  /**
   * Whether a policy of the element {@code from} ({@code file#LogicalId}) can mean {@code api} when
   * it names the API's id. A template's {@code !Ref Api} is the same symbol in every template, so
   * where several APIs of the workspace carry the id, only the one of the policy's own file is meant;
   * an id that one API carries is that API's, wherever the policy is (an imported export, a literal
   * id).
   */
  public boolean mayMean(String from, Api api) {
    return meant(from, api.element(), index().apisWithId(api.apiId()));
  }

  /** The same for a VPC endpoint that an element of {@code from} names by its id. */
  public boolean mayMean(String from, VpcEndpoint endpoint) {
    return meant(from, endpoint.element(), index().endpointsWithId(endpoint.id()));
  }

  /**
   * The same for a role that a policy of {@code from} is attached to by the role's ARN: a role named
   * by an open parameter, or without a name, has the same ARN text as its namesake in another template.
   */
  public boolean mayMean(String from, Role role) {
    return meant(from, role.element(), index().rolesWithArn(role.arn()));
  }

  private static boolean meant(String from, String element, int carryingTheId) {
    return carryingTheId <= 1 || file(from).equals(file(element));
  }

  private static String file(String element) {
    int hash = element.indexOf('#');
    return hash < 0 ? element : element.substring(0, hash);
  }

  /** The APIs whose id is {@code id} but for case, in the order they were read. */
  public List<Api> apisWithIdIgnoringCase(String id) {
    return index().apisWithIdIgnoringCase(id);
  }

  /** The policies attached to the principal (a role's ARN), in the order they were read. */
  public List<PolicyDocument> policiesAttachedTo(String principal) {
    return index().attachedTo(principal);
  }

  /** The policy of a VPC endpoint (the first, should input repeat it). */
  public Optional<PolicyDocument> endpointPolicy(VpcEndpoint endpoint) {
    return index().endpointPolicy(endpoint);
  }

  /** The resource policies of a custom domain name (a private one has at most one). */
  public List<PolicyDocument> domainPolicies(DomainName domain) {
    return index().domainPolicies(domain);
  }

  /**
   * The lookups above, by key rather than by a scan: a scan per question made a monorepo's run grow
   * with the square of its APIs. The lists only grow, so the index takes in what was appended since
   * it was last asked. Rules on several threads read it without a lock once it is current.
   */
  private WorkspaceIndex index() {
    if (!index.isCurrent(apis, policies, vpcEndpoints, roles)) {
      synchronized (this) {
        index.catchUp(apis, policies, vpcEndpoints, roles);
      }
    }
    return index;
  }
}
