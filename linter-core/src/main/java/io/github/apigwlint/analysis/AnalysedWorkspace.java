package io.github.apigwlint.analysis;

import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.access.StatementCoverage;
import io.github.apigwlint.access.ApiRequests;
import io.github.apigwlint.access.summary.AccessSummary;
import io.github.apigwlint.access.summary.ApiAccess;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.DomainName;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.ExpansionContext;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.PolicyEvaluator;
import io.github.apigwlint.policy.Request;
import io.github.apigwlint.policy.Verdict;
import io.github.apigwlint.source.Symbols;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workspace of one variant and the access analysis of its APIs, each computed when first asked
 * for and then kept: rules and commands that ask about the same API share one analysis. Safe for
 * concurrent use, as the engine visits elements side by side; what the variants of a run share is in
 * a {@link VariantsMemo}.
 */
public final class AnalysedWorkspace {

  private final Workspace workspace;
  /** By identity: two APIs of equal description in different files are analysed apart. */
  private final Map<Api, ApiAnalysis> apis = new IdentityHashMap<>();
  /** The policies of the VPC endpoints each API may mean, by endpoint id. */
  private final Map<Api, Map<String, Policy>> endpointPolicies = new IdentityHashMap<>();
  private final VariantsMemo memo;

  public AnalysedWorkspace(Workspace workspace) {
    this(workspace, new VariantsMemo());
  }

  /** The analysis of one variant of a run, sharing with the other variants what {@code memo} keeps. */
  public AnalysedWorkspace(Workspace workspace, VariantsMemo memo) {
    this.workspace = workspace;
    this.memo = memo;
  }

  public Workspace workspace() {
    return workspace;
  }

  public synchronized ApiAnalysis api(Api api) {
    return apis.computeIfAbsent(api, a -> new ApiAnalysis(a, workspace, () -> endpointPolicies(a), memo));
  }

  /**
   * The methods of {@code api} one statement is about for {@code caller} ({@link StatementCoverage#methods}).
   *
   * @param expansion the API the policy is attached to, for the {@code execute-api:/} shorthand; null for identity policies
   */
  public List<Method> coverage(Policy policy, Statement statement, Api api, Caller caller, ExpansionContext expansion) {
    return memo.coverage(policy, statement, api, caller, expansion);
  }

  /**
   * The APIs of the workspace, in its order, that a statement's resources can name: those of the ids
   * it writes out ({@link StatementCoverage#apiIds}), else every API.
   */
  public List<Api> apisNamedBy(Statement statement) {
    return StatementCoverage.apiIds(statement)
        .map(ids -> ids.size() == 1
            ? workspace.apisWithIdIgnoringCase(ids.iterator().next())
            : workspace.apis().stream().filter(api -> ids.contains(StatementCoverage.lowerCase(api.apiId()))).toList())
        .orElse(workspace.apis());
  }

  /** Whether the statement's resources single out {@code api} ({@link StatementCoverage#singlesOut}). */
  public boolean singlesOut(Policy policy, Statement statement, Api api, Caller caller, ExpansionContext expansion) {
    return memo.singlesOut(policy, statement, api, caller, expansion);
  }

  /** The access of every API of the workspace, in the order the workspace holds them. */
  public List<ApiAccess> access() {
    return workspace.apis().stream().map(api -> api(api).access()).toList();
  }

  /**
   * Whether {@code policy}, of the private custom domain name {@code domain} mapped to {@code api},
   * allows an unsigned call through the VPC endpoint {@code endpoint} for certain.
   */
  public boolean domainAdmitsThrough(PolicyDocument policy, DomainName domain, Api api, String endpoint) {
    String domainId = "/domainnames/" + domain.name() + "+" + Symbols.attribute(domain.element(), "DomainNameId");
    ExpansionContext expansion = new ExpansionContext(api.partition(), api.region(), api.account(), domainId);
    Caller caller = Caller.anonymous();
    Request request =
        new Request(caller, "execute-api:Invoke", expansion.arnPrefix() + "/*", ApiRequests.throughEndpoint(caller, endpoint));
    return PolicyEvaluator.evaluate(policy.policy(), request, expansion).verdict() == Verdict.ALLOW;
  }

  private synchronized Map<String, Policy> endpointPolicies(Api api) {
    return endpointPolicies.computeIfAbsent(api, a -> AccessSummary.endpointPolicies(workspace, a));
  }
}
