package io.github.apigwlint.access;

import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.EndpointType;
import io.github.apigwlint.policy.Arn;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Decision;
import io.github.apigwlint.policy.ExecuteApiArn;
import io.github.apigwlint.policy.ExpansionContext;
import io.github.apigwlint.policy.Glob;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.PolicyEvaluator;
import io.github.apigwlint.policy.Request;
import io.github.apigwlint.policy.RequestContext;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.policy.Tri;
import io.github.apigwlint.policy.Verdict;
import io.github.apigwlint.source.Symbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request evaluated the way {@code apigw-lint simulate} asks: the identity policies together
 * (§7.8), the resource policy, and either IAM's combination (same account: either allows; cross
 * account: both) or, with an authorization type, API Gateway's workflow (§3.5) for the action given.
 *
 * @param resourcePolicy null when none is given
 * @param context condition keys as given; aws:SourceVpce, aws:SourceVpc, aws:SourceIp and
 *     aws:VpcSourceIp become the call's origin when an authorization type is given
 */
public record Simulation(
    Policy resourcePolicy, List<Policy> identityPolicies, Caller caller, String action, String resource,
    Map<String, String> context, AuthorizationType authorization) {

  /** The outcome and every statement that decided it, resource policy first. */
  public record Result(Verdict verdict, String reason, List<Statement> deciding) {}

  /**
   * @throws IllegalArgumentException when the resource is not an ARN, or, with an authorization
   *     type, not the ARN of one method of one stage
   */
  public Simulation {
    identityPolicies = List.copyOf(identityPolicies);
    action = Symbols.literal(action);
    resource = Symbols.literal(resource);
    Map<String, String> given = context;
    context = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : given.entrySet()) {
      context.put(Symbols.literal(entry.getKey()), Symbols.literal(entry.getValue()));
    }
    if (Arn.parse(resource).isEmpty()) {
      throw new IllegalArgumentException("--resource is not an ARN: " + resource);
    }
    if (authorization != null && method(resource).isEmpty()) {
      throw new IllegalArgumentException("--auth-type needs --resource to be the ARN of a method,"
          + " arn:aws:execute-api:REGION:ACCOUNT:API-ID/STAGE/VERB/PATH: " + resource);
    }
  }

  public Result run() {
    Decision identity = caller.isSigned() ? identity() : null;
    if (authorization != null) {
      Decision outcome = RestAuthorization.authorize(invocation(identity));
      return new Result(outcome.verdict(), outcome.reason(), statements(outcome, gateIsIdentity() ? identity : null));
    }
    Decision rp = resourcePolicy == null ? null : PolicyEvaluator.evaluate(resourcePolicy, request(caller), expansion().orElse(null));
    Decision outcome = iam(identity, rp);
    return new Result(outcome.verdict(), outcome.reason(), statements(rp, identity));
  }

  /** The identity policies stand in for the gate of AWS_IAM, and for the authorizer's policy of CUSTOM. */
  private boolean gateIsIdentity() {
    return authorization == AuthorizationType.AWS_IAM || authorization == AuthorizationType.CUSTOM;
  }

  private static List<Statement> statements(Decision resource, Decision identity) {
    List<Statement> deciding = new ArrayList<>();
    if (resource != null) {
      deciding.addAll(resource.deciding());
    }
    if (identity != null) {
      deciding.addAll(identity.deciding());
    }
    return deciding;
  }

  /** All identity policies as one: a deny in any wins, else an allow in any allows. */
  private Decision identity() {
    List<Decision> decisions = identityPolicies.stream().map(p -> PolicyEvaluator.evaluate(p, request(caller), null)).toList();
    List<Statement> denies = decisions.stream().filter(d -> d.verdict() == Verdict.EXPLICIT_DENY).flatMap(d -> d.deciding().stream()).toList();
    if (!denies.isEmpty()) {
      return new Decision(Verdict.EXPLICIT_DENY, Decision.possibleOf(Verdict.EXPLICIT_DENY), denies, List.of(), "identity policy denies");
    }
    if (decisions.stream().anyMatch(d -> d.verdict() == Verdict.UNKNOWN)) {
      return Decision.of(Verdict.UNKNOWN, "identity policy depends on an unknown value");
    }
    List<Statement> allows = decisions.stream().filter(d -> d.verdict() == Verdict.ALLOW).flatMap(d -> d.deciding().stream()).toList();
    return allows.isEmpty() ? Decision.of(Verdict.IMPLICIT_DENY, "no identity policy allows it")
        : new Decision(Verdict.ALLOW, Decision.possibleOf(Verdict.ALLOW), allows, List.of(), "identity policy allows");
  }

  /**
   * §7.8: an anonymous caller has no identity policies, so the resource policy alone decides; a signed
   * caller's identity side is silent when no identity policy is given, and an absent resource policy
   * is silent too (same account: either may allow; cross account: both must).
   */
  private Decision iam(Decision identity, Decision rp) {
    if (identity == null) {
      return rp == null ? Decision.of(Verdict.IMPLICIT_DENY, "anonymous caller and no resource policy") : rp;
    }
    Tri same = expansion().map(e -> Glob.literal(e.account()).matches(caller.account())).orElse(Tri.UNKNOWN);
    if (same == Tri.UNKNOWN) {
      return Decision.of(Verdict.UNKNOWN, "the resource's account is not known, so same- or cross-account rules");
    }
    Decision effective = same == Tri.TRUE ? AccountDelegation.forSameAccount(rp, caller) : rp;
    Verdict resourceVerdict = effective == null ? Verdict.IMPLICIT_DENY : effective.verdict();
    if (identity.verdict() == Verdict.UNKNOWN || resourceVerdict == Verdict.UNKNOWN) {
      return Decision.of(Verdict.UNKNOWN, "depends: " + identity.reason() + "; resource policy " + (effective == null ? "absent" : effective.reason()));
    }
    OutcomeTables table = same == Tri.TRUE ? OutcomeTables.A : OutcomeTables.B;
    return Decision.of(table.combine(identity.verdict(), resourceVerdict),
        (same == Tri.TRUE ? "same account" : "cross-account") + ": identity policy " + OutcomeTables.describe(identity.verdict())
            + ", resource policy " + (rp == null ? "absent" : OutcomeTables.describe(resourceVerdict))
            + " (Table " + table.row(identity.verdict(), resourceVerdict) + ")");
  }

  private RestInvocation invocation(Decision identity) {
    ExecuteApiArn arn = method(resource).orElseThrow();
    Map<String, String> extra = new LinkedHashMap<>(context);
    String vpce = remove(extra, "aws:SourceVpce");
    String vpc = remove(extra, "aws:SourceVpc");
    String vpcSourceIp = remove(extra, "aws:VpcSourceIp");
    String sourceIp = remove(extra, "aws:SourceIp");
    Verdict gate = authorization == AuthorizationType.COGNITO_USER_POOLS ? Verdict.ALLOW
        : identity == null || identityPolicies.isEmpty() ? Verdict.IMPLICIT_DENY : identity.verdict();
    return RestInvocation.builder(expansion().orElseThrow())
        .action(action)
        .endpointType(vpce != null ? EndpointType.PRIVATE : EndpointType.REGIONAL)
        .resourcePolicy(resourcePolicy)
        .authorization(authorization)
        .caller(caller)
        .gate(gate)
        .method(arn.stage(), arn.verb(), "/" + (arn.path() == null ? "" : arn.path()))
        .viaVpcEndpoint(vpce, vpc)
        .sourceIp(vpce != null ? vpcSourceIp : sourceIp)
        .extraContext(extra)
        .build();
  }

  private static String remove(Map<String, String> context, String key) {
    String found = context.keySet().stream().filter(k -> k.equalsIgnoreCase(key)).findFirst().orElse(null);
    return found == null ? null : context.remove(found);
  }

  private static Optional<ExecuteApiArn> method(String resource) {
    return ExecuteApiArn.parse(resource).filter(a -> a.arn() != null && a.stage() != null && a.verb() != null);
  }

  private Optional<ExpansionContext> expansion() {
    return ExecuteApiArn.parse(resource).filter(a -> a.arn() != null)
        .map(a -> new ExpansionContext(a.arn().partition(), a.arn().region(), a.arn().account(), a.apiId()));
  }

  private Request request(Caller who) {
    RequestContext requestContext = RequestContext.forCaller(who);
    context.forEach(requestContext::put);
    return new Request(who, action, resource, requestContext);
  }
}
