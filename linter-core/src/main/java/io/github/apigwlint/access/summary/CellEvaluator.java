package io.github.apigwlint.access.summary;

import io.github.apigwlint.access.MethodArns;
import io.github.apigwlint.access.RestAuthorization;
import io.github.apigwlint.access.RestInvocation;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.EndpointType;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.ConditionKeys;
import io.github.apigwlint.policy.Decision;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.Verdict;
import io.github.apigwlint.source.Symbols;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates one caller class from one origin class through the REST workflow (§3.5), once per gate
 * verdict. What the classes do not fix is evaluated both ways and the outcomes joined: condition
 * keys the summary does not model (present with an opaque value, or absent), and the organisation of
 * a caller named only by account or ARN.
 */
final class CellEvaluator {

  private static final Set<String> MODELLED = Set.of("aws:sourceip", "aws:vpcsourceip", "aws:sourcevpce",
      "aws:sourcevpc", "aws:principalarn", "aws:principalaccount", "aws:principalorgid");
  private static final List<Verdict> GATES = List.of(Verdict.ALLOW, Verdict.IMPLICIT_DENY, Verdict.EXPLICIT_DENY);

  private final Api api;
  private final Policy policy;
  private final Map<String, Policy> endpointPolicies;
  private final List<String> unmodelledKeys;

  CellEvaluator(Api api, Policy policy, Map<String, Policy> endpointPolicies, PolicyMentions mentions) {
    this.api = api;
    this.policy = policy;
    this.endpointPolicies = endpointPolicies;
    this.unmodelledKeys = mentions.keys().stream().filter(k -> !MODELLED.contains(k.toLowerCase(Locale.ROOT))).toList();
  }

  /** Condition keys whose values the summary does not split callers by: they make it "depend". */
  List<String> unmodelledKeys() {
    return unmodelledKeys;
  }

  /** Keys that only SigV4-signed callers carry (§2.4): never given to unsigned callers. */
  static boolean isPrincipalKey(String key) {
    return ConditionKeys.signedCallersOnly(key);
  }

  AccessCell evaluate(CallerClass callerClass, OriginClass origin, Method method, String stage) {
    Map<Verdict, Set<Verdict>> byGate = new EnumMap<>(Verdict.class);
    Set<Verdict> admitted = EnumSet.noneOf(Verdict.class);
    for (Caller caller : callerVariants(callerClass.representative())) {
      for (Map<String, String> extra : keyVariants(caller)) {
        admitted.addAll(RestAuthorization.policies(invocation(caller, origin, method, stage, Verdict.ALLOW, extra)).possible());
      }
    }
    Decision first = null;
    for (Verdict gate : GATES) {
      Set<Verdict> possible = EnumSet.noneOf(Verdict.class);
      for (Caller caller : callerVariants(callerClass.representative())) {
        for (Map<String, String> extra : keyVariants(caller)) {
          Decision decision = RestAuthorization.authorize(invocation(caller, origin, method, stage, gate, extra));
          possible.addAll(decision.possible());
          if (first == null) {
            first = decision;
          }
        }
      }
      byGate.put(gate, possible);
    }
    Access access = Access.of(byGate.get(Verdict.ALLOW), byGate.get(Verdict.IMPLICIT_DENY));
    String reason = access == Access.DEPENDS && !unmodelledKeys.isEmpty()
        ? first.reason() + "; depends on " + String.join(", ", unmodelledKeys)
        : first.reason();
    return new AccessCell(callerClass, origin, access, byGate, admitted, first.deciding(), reason);
  }

  RestInvocation invocation(Caller caller, OriginClass origin, Method method, String stage, Verdict gate,
      Map<String, String> extra) {
    RestInvocation.Builder builder = RestInvocation.builder(api.expansion())
        .endpointType(api.endpointType() == null ? EndpointType.EDGE : api.endpointType())
        .resourcePolicy(policy)
        .authorization(method.authorization())
        .caller(caller)
        .gate(gate)
        .method(stage, MethodArns.requestVerb(method), MethodArns.requestPath(method))
        .sourceIp(origin.address())
        .extraContext(extra);
    if (origin.privateApi()) {
      builder.viaVpcEndpoint(origin.representativeVpce(), origin.representativeVpc())
          .vpcEndpointPolicy(endpointPolicies.get(origin.representativeVpce()));
    }
    return builder.build();
  }

  private static List<Caller> callerVariants(Caller caller) {
    return Symbols.hasOpaque(caller.orgId()) ? List.of(caller, caller.withOrgId(null)) : List.of(caller);
  }

  private List<Map<String, String>> keyVariants(Caller caller) {
    Map<String, String> present = new LinkedHashMap<>();
    for (String key : unmodelledKeys) {
      if (caller.isSigned() || !isPrincipalKey(key)) {
        present.put(key, Symbols.opaque(key + " of the request"));
      }
    }
    List<Map<String, String>> variants = new ArrayList<>();
    variants.add(Map.of());
    if (!present.isEmpty()) {
      variants.add(present);
    }
    return variants;
  }
}
