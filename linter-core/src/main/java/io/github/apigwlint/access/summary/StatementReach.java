package io.github.apigwlint.access.summary;

import io.github.apigwlint.access.MethodArns;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Decision;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.PolicyEvaluator;
import io.github.apigwlint.policy.Request;
import io.github.apigwlint.policy.RequestContext;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.policy.Verdict;
import io.github.apigwlint.source.Budget;
import io.github.apigwlint.source.Symbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which requests one statement of an API's resource policy reaches, over the same classes the access
 * summary uses (every caller and origin class the policy can tell apart, every method and stage):
 * enough to say that a statement never applies, always applies, or is always overruled.
 */
public final class StatementReach {

  private final Api api;
  private final Policy policy;
  private final List<Request> requests = new ArrayList<>();
  private List<Decision> wholePolicy;

  /**
   * The reach of the statements of a REST API's resource policy, when there is something to analyse:
   * a valid policy {@link AccessSummary#analysable} and methods
   * known from the input.
   */
  public static Optional<StatementReach> of(Api api, Workspace workspace) {
    Optional<PolicyDocument> document = workspace.resourcePolicy(api);
    if (api.protocol() != ApiProtocol.REST || document.isEmpty() || api.methods().isEmpty()
        || !document.get().policy().isValid() || !AccessSummary.analysable(document.get().policy())) {
      return Optional.empty();
    }
    return Optional.of(new StatementReach(api, document.get().policy()));
  }

  /** @throws IllegalArgumentException for a policy beyond {@link AccessSummary#analysable} */
  public StatementReach(Api api, Policy policy) {
    if (!AccessSummary.analysable(policy)) {
      throw new IllegalArgumentException("policy too long to analyse: " + policy.statements().size() + " statements");
    }
    this.api = api;
    this.policy = policy;
    PolicyMentions mentions = PolicyMentions.of(policy);
    List<OriginClass> origins = OriginCandidates.of(api, mentions, List.of(), Map.of());
    List<String> unmodelled = new CellEvaluator(api, policy, Map.of(), mentions, Map.of()).unmodelledKeys();
    for (Method method : api.methods()) {
      List<CallerClass> callers = method.authorization() == AuthorizationType.AWS_IAM
          ? CallerCandidates.signed(api, mentions) : CallerCandidates.unsigned();
      for (String stage : MethodArns.stages(api)) {
        for (CallerClass caller : callers) {
          for (OriginClass origin : origins) {
            Budget.checkTime();
            String arn = MethodArns.arn(api, method, stage);
            requests.add(request(arn, caller.representative(), origin, unmodelled));
            if (!unmodelled.isEmpty()) {
              requests.add(request(arn, caller.representative(), origin, List.of()));
            }
          }
        }
      }
    }
  }

  public Policy policy() {
    return policy;
  }

  /** True when no request of any class can match the statement (its principal, resources, conditions). */
  public boolean neverApplies(Statement statement) {
    return !requests.isEmpty() && requests.stream().noneMatch(r -> alone(statement, r).possible().contains(effectVerdict(statement)));
  }

  /**
   * True when, on every method and stage the statement may reach, it applies to every request of
   * every class (and it reaches at least one): for a Deny, nobody gets through there.
   */
  public boolean alwaysAppliesWhereItReaches(Statement statement) {
    Map<String, List<Decision>> byMethod = new LinkedHashMap<>();
    for (Request request : requests) {
      Budget.checkTime();
      byMethod.computeIfAbsent(request.resource(), k -> new ArrayList<>()).add(alone(statement, request));
    }
    Verdict effect = effectVerdict(statement);
    boolean reaches = false;
    for (List<Decision> decisions : byMethod.values()) {
      if (decisions.stream().anyMatch(d -> d.possible().contains(effect))) {
        if (!decisions.stream().allMatch(d -> d.verdict() == effect)) {
          return false;
        }
        reaches = true;
      }
    }
    return reaches;
  }

  /**
   * True when the statement (an Allow) applies to some request and every request it may apply to is
   * denied by the policy for certain.
   */
  public boolean alwaysOverruled(Statement allow) {
    boolean applies = false;
    for (int i = 0; i < requests.size(); i++) {
      Budget.checkTime();
      if (alone(allow, requests.get(i)).possible().contains(Verdict.ALLOW)) {
        if (wholePolicy().get(i).verdict() != Verdict.EXPLICIT_DENY) {
          return false;
        }
        applies = true;
      }
    }
    return applies;
  }

  /** The whole policy's decision for each request, computed once for all statements. */
  private synchronized List<Decision> wholePolicy() {
    if (wholePolicy == null) {
      wholePolicy = requests.stream().map(r -> PolicyEvaluator.evaluate(policy, r, api.expansion())).toList();
    }
    return wholePolicy;
  }

  private Decision alone(Statement statement, Request request) {
    Policy single = new Policy(policy.version(), policy.id(), List.of(statement), List.of(), List.of(), true, policy.source());
    return PolicyEvaluator.evaluate(single, request, api.expansion());
  }

  private static Verdict effectVerdict(Statement statement) {
    return statement.isDeny() ? Verdict.EXPLICIT_DENY : Verdict.ALLOW;
  }

  /** The request context API Gateway builds (§2.4), with the unmodelled keys given present and opaque. */
  private Request request(String arn, Caller caller, OriginClass origin, List<String> unmodelled) {
    RequestContext context = RequestContext.forCaller(caller);
    for (String key : unmodelled) {
      if (caller.isSigned() || !CellEvaluator.isPrincipalKey(key)) {
        context.put(key, Symbols.opaque(key + " of the request"));
      }
    }
    if (origin.privateApi()) {
      context.put("aws:SourceVpce", origin.representativeVpce());
      context.put("aws:SourceVpc", origin.representativeVpc());
      context.put("aws:VpcSourceIp", origin.address());
    } else {
      context.put("aws:SourceIp", origin.address());
    }
    return new Request(caller, "execute-api:Invoke", arn, context);
  }
}
