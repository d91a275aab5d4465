package io.github.apigwlint.analysis;

import io.github.apigwlint.access.ExpectedCallers;
import io.github.apigwlint.access.MethodArns;
import io.github.apigwlint.access.summary.AccessCell;
import io.github.apigwlint.access.summary.AccessSummary;
import io.github.apigwlint.access.summary.ApiAccess;
import io.github.apigwlint.access.summary.CallerClass;
import io.github.apigwlint.access.summary.MethodAccess;
import io.github.apigwlint.access.summary.StatementReach;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiMapping;
import io.github.apigwlint.model.DomainName;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Policy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The access analysis of one API over every stage and every method ({@link Api#invocableMethods}):
 * the access summary, the reach of its resource policy's statements, and the questions rules ask of
 * them. Each part is computed on first request and kept; rules on several threads may ask at once.
 */
public final class ApiAnalysis {

  private final Api api;
  private final Workspace workspace;
  private final Supplier<Map<String, Policy>> endpointPolicies;
  private final VariantsMemo memo;
  private List<ExpectedCallers.Expected> expectedCallers;
  private ApiAccess access;
  private Optional<StatementReach> statementReach;

  ApiAnalysis(Api api, Workspace workspace, Supplier<Map<String, Policy>> endpointPolicies, VariantsMemo memo) {
    this.api = api;
    this.workspace = workspace;
    this.endpointPolicies = endpointPolicies;
    this.memo = memo;
  }

  public Api api() {
    return api;
  }

  /** The stages requests name: the declared ones, or one opaque stage when none is declared. */
  public List<String> stages() {
    return MethodArns.stages(api);
  }

  /** Who can invoke each stage and method, VPC endpoint policies included. */
  public synchronized ApiAccess access() {
    if (access == null) {
      access = memo.access(api, workspace.resourcePolicy(api).orElse(null), endpointPolicies.get(), mappedDomains());
    }
    return access;
  }

  /** The custom domain names the workspace maps to the API, each once; a mapping to a domain the input does not hold names none. */
  private List<DomainName> mappedDomains() {
    return workspace.mappings().stream().filter(m -> m.api() == api).map(ApiMapping::domain).filter(java.util.Objects::nonNull).distinct().toList();
  }

  /** Callers in another account that the configuration or the workspace's identity policies expect to call the API. */
  public synchronized List<ExpectedCallers.Expected> expectedCallers() {
    if (expectedCallers == null) {
      expectedCallers = ExpectedCallers.of(api, workspace);
    }
    return expectedCallers;
  }

  /** Whether the workspace gives {@code endpoint} a policy of its own, which calls through it pass first (§4.5). */
  public boolean hasEndpointPolicy(String endpoint) {
    return endpointPolicies.get().containsKey(endpoint);
  }

  /** Which requests each statement of the resource policy reaches, when there is something to analyse. */
  public synchronized Optional<StatementReach> statementReach() {
    if (statementReach == null) {
      statementReach = memo.reach(api, workspace);
    }
    return statementReach;
  }

  /** The (stage, method) pairs of methods {@code methods} accepts where some call {@code cells} accepts is. */
  public Reach reach(Predicate<MethodAccess> methods, Predicate<AccessCell> cells) {
    List<Reach.Pair> pairs = new ArrayList<>();
    for (MethodAccess method : access().methods()) {
      if (methods.test(method)) {
        method.cells().stream().filter(cells).findFirst().ifPresent(cell -> pairs.add(new Reach.Pair(method, cell)));
      }
    }
    return new Reach(pairs, api.stages().size());
  }

  /**
   * Where the policies of a private API admit, for certain, a caller nobody named through a VPC
   * endpoint and from a VPC that nobody listed: any execute-api endpoint, in any account, gets there.
   */
  public Reach throughUnlistedEndpoint() {
    return reach(method -> true, cell -> cell.origin().privateApi() && cell.origin().vpce() == null
        && cell.origin().vpc() == null && unnamedCaller(cell.caller()) && cell.admittedForCertain());
  }

  private static boolean unnamedCaller(CallerClass caller) {
    return caller.kind() == CallerClass.Kind.ANYONE || caller.kind() == CallerClass.Kind.ANY_AWS_ACCOUNT;
  }

  /**
   * Whether the resource policy may let an unsigned call through {@code endpoint} into some method in
   * some stage; what a linter does not know counts as allowed.
   */
  public boolean mayAdmitThrough(String endpoint) {
    return calls().mayAdmitThrough(endpoint);
  }

  /** An allow only named AWS principals get for {@code method}, in the stages where no unsigned caller gets one. */
  public Optional<SignedOnlyGrant> signedOnlyGrant(Method method) {
    return calls().signedOnlyGrant(method);
  }

  /** The stages where the resource policy cannot allow {@code caller} to invoke {@code method}. */
  public Refusal refusal(Method method, Caller caller) {
    return calls().refusal(method, caller);
  }

  private ResourcePolicyCalls calls() {
    return new ResourcePolicyCalls(api, workspace.resourcePolicy(api).map(PolicyDocument::policy).orElse(null), stages());
  }

  /** The resource-policy shorthands ({@code execute-api:/stage/VERB/path}) of {@code methods} in every stage. */
  public List<String> shorthands(List<Method> methods) {
    Set<String> resources = new LinkedHashSet<>();
    for (Method method : methods) {
      stages().forEach(stage -> resources.add(MethodArns.shorthand(method, stage)));
    }
    return List.copyOf(resources);
  }
}
