package io.github.apigwlint.access;

import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Decision;
import io.github.apigwlint.policy.ExecuteApiArn;
import io.github.apigwlint.policy.Glob;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.PolicyEvaluator;
import io.github.apigwlint.policy.Request;
import io.github.apigwlint.policy.RequestContext;
import io.github.apigwlint.policy.Tri;
import io.github.apigwlint.policy.Verdict;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * API Gateway's authorization of one REST call (§3.5): private-endpoint reachability and VPC endpoint
 * policy first (§4), then the resource policy combined with the method's authorization type through
 * Tables A and B (§3.3). Unknown inputs are carried as sets of possible verdicts; the result is
 * UNKNOWN only when they lead to different outcomes.
 */
public final class RestAuthorization {

  private RestAuthorization() {}

  /** What API Gateway decides for the call: the policies, then the method's authorization. */
  public static Decision authorize(RestInvocation call) {
    return throughEndpoint(call, RestAuthorization::afterEndpoint);
  }

  /**
   * What the policies alone decide (the VPC endpoint policy and the resource policy, for the caller
   * the method's authorization lets them see), before any identity policy, authorizer or token:
   * whether the policies admit the call, whatever the method's authorization turns out to be.
   */
  public static Decision policies(RestInvocation call) {
    return throughEndpoint(call, RestAuthorization::resourcePolicyAlone);
  }

  /** The rest of the workflow once the request has reached the API with its ARN. */
  private interface Next {
    Decision decide(RestInvocation call, String arn);
  }

  private static Decision throughEndpoint(RestInvocation call, Next next) {
    if (call.signatureInvalid()) {
      return Decision.of(Verdict.IMPLICIT_DENY, "invalid SigV4 signature: rejected before any policy");
    }
    String arn = ExecuteApiArn.requestArn(call.api(), call.stage(), call.verb(), call.path());
    if (!call.isPrivate()) {
      return next.decide(call, arn);
    }
    if (!call.viaVpcEndpoint()) {
      return Decision.of(Verdict.IMPLICIT_DENY, "private API: reachable only through an execute-api VPC endpoint");
    }
    if (call.vpceRegion() != null && !call.vpceRegion().equals(call.api().region())) {
      return Decision.of(Verdict.IMPLICIT_DENY, "private API: VPC endpoint in another region cannot reach it");
    }
    if (call.resourcePolicy() == null) {
      return Decision.of(Verdict.IMPLICIT_DENY,
          "private API without resource policy: it cannot be deployed and every call fails");
    }
    return withEndpointPolicy(call, arn, next);
  }

  /**
   * Whether the VPC endpoint the call comes through refuses it for certain, before the API's own
   * policy is asked.
   */
  public static boolean refusedByEndpointPolicy(RestInvocation call) {
    return call.isPrivate() && call.viaVpcEndpoint() && call.vpcEndpointPolicy() != null
        && !endpointPolicy(call, ExecuteApiArn.requestArn(call.api(), call.stage(), call.verb(), call.path()))
            .possible().contains(Verdict.ALLOW);
  }

  private static boolean bearerToken(RestInvocation call) {
    return call.authorization() == AuthorizationType.CUSTOM || call.authorization() == AuthorizationType.COGNITO_USER_POOLS;
  }

  /** §4.5: the endpoint policy sees the identity the Authorization header carries; a bearer token carries none. */
  private static Decision endpointPolicy(RestInvocation call, String arn) {
    Caller endpointCaller = bearerToken(call) ? Caller.anonymous() : call.caller();
    Request request = new Request(endpointCaller, call.action(), arn, context(call, endpointCaller));
    return PolicyEvaluator.evaluate(call.vpcEndpointPolicy(), request, null);
  }

  /** §4.5: the endpoint policy is evaluated first, with the identity the Authorization header carries. */
  private static Decision withEndpointPolicy(RestInvocation call, String arn, Next next) {
    if (call.vpcEndpointPolicy() == null) {
      return next.decide(call, arn);
    }
    boolean bearerToken = bearerToken(call);
    Decision endpoint = endpointPolicy(call, arn);
    if (endpoint.verdict() == Verdict.ALLOW) {
      return next.decide(call, arn);
    }
    String denied = "VPC endpoint policy " + OutcomeTables.describe(endpoint.verdict())
        + (bearerToken && endpoint.verdict() != Verdict.UNKNOWN ? " (bearer-token callers are anonymous there)" : "");
    if (!endpoint.possible().contains(Verdict.ALLOW)) {
      return endpoint.withReason(denied);
    }
    Decision rest = next.decide(call, arn);
    Set<Verdict> possible = EnumSet.copyOf(endpoint.possible());
    possible.remove(Verdict.ALLOW);
    possible.addAll(rest.possible());
    return Decision.ofPossible(possible, "depends on the VPC endpoint policy: " + endpoint.reason() + "; then " + rest.reason());
  }

  private static Decision resourcePolicyAlone(RestInvocation call, String arn) {
    Decision resourcePolicy = resourcePolicy(call, arn, effectiveCaller(call));
    return resourcePolicy == null ? Decision.of(Verdict.ALLOW, "no resource policy") : resourcePolicy;
  }

  /** Only an AWS_IAM method passes the signer on to the resource policy; others are anonymous there. */
  private static Caller effectiveCaller(RestInvocation call) {
    return call.authorization() == AuthorizationType.AWS_IAM ? call.caller() : Caller.anonymous();
  }

  private static Decision afterEndpoint(RestInvocation call, String arn) {
    Decision resourcePolicy = resourcePolicy(call, arn, effectiveCaller(call));
    Decision outcome = switch (call.authorization()) {
      case NONE -> none(resourcePolicy);
      case CUSTOM -> custom(call, resourcePolicy);
      case AWS_IAM -> iam(call, resourcePolicy);
      case COGNITO_USER_POOLS -> cognito(call, resourcePolicy);
      case JWT -> Decision.of(Verdict.UNKNOWN, "JWT authorizers exist only on HTTP APIs, not on a REST method");
      case UNKNOWN -> unknownAuthorization(resourcePolicy, asSigner(call, arn, resourcePolicy));
    };
    return resourcePolicy == null
        ? outcome
        : new Decision(outcome.verdict(), outcome.possible(), resourcePolicy.deciding(), resourcePolicy.undetermined(),
            outcome.reason());
  }

  /** The resource policy's decision, or null when the API has none. */
  private static Decision resourcePolicy(RestInvocation call, String arn, Caller effective) {
    Policy policy = call.resourcePolicy();
    if (policy == null) {
      return null;
    }
    return PolicyEvaluator.evaluate(policy, new Request(effective, call.action(), arn, context(call, effective)), call.api());
  }

  /** §2.4: principal keys only for signed callers; VPC keys only via an endpoint; SourceIp only without. */
  static RequestContext context(RestInvocation call, Caller caller) {
    RequestContext context = RequestContext.forCaller(caller);
    call.extraContext().forEach(context::put);
    call.boundSymbols().forEach(context::bind);
    if (call.isPrivate() && call.viaVpcEndpoint()) {
      context.put("aws:SourceVpce", call.vpceId());
      context.putIfPresent("aws:SourceVpc", call.vpcId());
      context.putIfPresent("aws:VpcSourceIp", call.sourceIp());
    } else {
      context.putIfPresent("aws:SourceIp", call.sourceIp());
    }
    return context;
  }

  /**
   * The resource policy's decision had the method been AWS_IAM, which passes the signer on: for a
   * method whose authorization is unknown, the policy may see the caller either way.
   */
  private static Decision asSigner(RestInvocation call, String arn, Decision anonymous) {
    return call.caller().isSigned() && anonymous != null ? resourcePolicy(call, arn, call.caller()) : anonymous;
  }

  /** Whatever the authorization, an explicit deny of the resource policy refuses the call (Tables A and B). */
  private static Decision unknownAuthorization(Decision rp, Decision rpAsSigner) {
    if (rp != null && rp.verdict() == Verdict.EXPLICIT_DENY && rpAsSigner.verdict() == Verdict.EXPLICIT_DENY) {
      return Decision.of(Verdict.EXPLICIT_DENY, "resource policy denies, whatever the method's authorization");
    }
    return Decision.of(Verdict.UNKNOWN, "the method's authorization type is not known from the input; resource policy "
        + (rp == null ? "absent" : OutcomeTables.describe(rp.verdict())));
  }

  private static Decision none(Decision rp) {
    if (rp == null) {
      return Decision.of(Verdict.ALLOW, "NONE without resource policy: public");
    }
    return Decision.ofPossible(rp.possible(), "NONE: resource policy " + OutcomeTables.describe(rp.verdict()));
  }

  private static Decision custom(RestInvocation call, Decision rp) {
    if (rp != null && rp.verdict() == Verdict.EXPLICIT_DENY) {
      return Decision.of(Verdict.EXPLICIT_DENY, "Lambda authorizer: resource policy denies before the authorizer runs");
    }
    return table(OutcomeTables.A, "Lambda authorizer", "authorizer", call.gate(), rp);
  }

  private static Decision iam(RestInvocation call, Decision rp) {
    if (!call.caller().isSigned()) {
      return Decision.of(Verdict.IMPLICIT_DENY, "AWS_IAM: unsigned request rejected before policy evaluation");
    }
    Tri same = Glob.literal(call.api().account()).matches(call.caller().account());
    Decision sameAccountRp = AccountDelegation.forSameAccount(rp, call.caller());
    if (same == Tri.TRUE) {
      return table(OutcomeTables.A, "same account", "identity policy", call.gate(), sameAccountRp);
    }
    if (same == Tri.FALSE) {
      return table(OutcomeTables.B, "cross-account", "identity policy", call.gate(), rp);
    }
    Decision a = table(OutcomeTables.A, "same account", "identity policy", call.gate(), sameAccountRp);
    Decision b = table(OutcomeTables.B, "cross-account", "identity policy", call.gate(), rp);
    Set<Verdict> possible = EnumSet.copyOf(a.possible());
    possible.addAll(b.possible());
    return Decision.ofPossible(possible, "caller's account unknown: " + a.reason() + " / " + b.reason());
  }

  /** §3.5 Cognito: a valid token, then the resource policy alone needs an explicit allow (Table B). */
  private static Decision cognito(RestInvocation call, Decision rp) {
    Set<Verdict> gates = Decision.possibleOf(call.gate());
    Set<Verdict> possible = EnumSet.noneOf(Verdict.class);
    if (gates.stream().anyMatch(v -> v != Verdict.ALLOW)) {
      possible.add(Verdict.IMPLICIT_DENY);
    }
    if (gates.contains(Verdict.ALLOW)) {
      possible.addAll(rp == null ? EnumSet.of(Verdict.ALLOW) : rp.possible());
    }
    String reason = !gates.contains(Verdict.ALLOW) ? "Cognito: invalid token"
        : rp == null ? "Cognito without resource policy: a valid token suffices"
        : "Cognito: resource policy " + OutcomeTables.describe(rp.verdict()) + " (Table B)";
    return Decision.ofPossible(possible, reason);
  }

  private static Decision table(OutcomeTables table, String setting, String gateName, Verdict gate, Decision rp) {
    Set<Verdict> rps = rp == null ? EnumSet.of(Verdict.IMPLICIT_DENY) : rp.possible();
    Set<Verdict> possible = EnumSet.noneOf(Verdict.class);
    Set<String> rows = new LinkedHashSet<>();
    for (Verdict g : Decision.possibleOf(gate)) {
      for (Verdict r : rps) {
        possible.add(table.combine(g, r));
        rows.add(table.row(g, r));
      }
    }
    String policyState = rp == null ? "absent" : OutcomeTables.describe(rp.verdict());
    String reason = setting + ": " + gateName + " " + OutcomeTables.describe(gate) + ", resource policy " + policyState
        + " (Table " + table.name() + (rows.size() == 1 ? " row " : " rows ") + String.join(", ", List.copyOf(rows)) + ")";
    return Decision.ofPossible(possible, reason);
  }
}
