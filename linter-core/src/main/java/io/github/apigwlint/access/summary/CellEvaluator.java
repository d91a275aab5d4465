package io.github.apigwlint.access.summary;

import io.github.apigwlint.access.MethodArns;
import io.github.apigwlint.access.RestAuthorization;
import io.github.apigwlint.access.RestInvocation;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.EndpointType;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.ConditionKeys;
import io.github.apigwlint.policy.Decision;
import io.github.apigwlint.policy.ExecuteApiArn;
import io.github.apigwlint.policy.ExpansionContext;
import io.github.apigwlint.policy.Partitions;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.policy.Verdict;
import io.github.apigwlint.source.Budget;
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

  private final Api api;
  private final Policy policy;
  private final Map<String, Policy> endpointPolicies;
  private final List<String> unmodelledKeys;
  private final List<ExpansionContext> expansions;
  /** Endpoint ids taken from imports, and the ids that stand for them in requests. */
  private final Map<String, String> importedEndpoints;

  CellEvaluator(Api api, Policy policy, Map<String, Policy> endpointPolicies, PolicyMentions mentions,
      Map<String, String> importedEndpoints) {
    this.importedEndpoints = importedEndpoints;
    this.api = api;
    this.policy = policy;
    this.endpointPolicies = endpointPolicies;
    this.unmodelledKeys = mentions.keys().stream().filter(k -> !MODELLED.contains(k.toLowerCase(Locale.ROOT))).toList();
    this.expansions = expansions(api, policy);
  }

  /**
   * The API's ARN context, or, when the input leaves its partition open and the policy writes one
   * ({@code arn:aws:…}), one per partition it may be in: an answer that holds in each holds, and
   * statements that share the partition are decided together.
   */
  private static List<ExpansionContext> expansions(Api api, Policy policy) {
    ExpansionContext own = api.expansion();
    boolean writesPartition = policy != null && policy.statements().stream()
        .flatMap(s -> s.resources().stream())
        .anyMatch(r -> r.text().startsWith("arn:aws"));
    if (!Symbols.isSymbolic(own.partition()) || !writesPartition) {
      return List.of(own);
    }
    return Partitions.ALL.stream().map(p -> new ExpansionContext(p, own.region(), own.account(), own.apiId())).toList();
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
    List<Decision> decisions = new ArrayList<>();
    Set<Access> byPartition = EnumSet.noneOf(Access.class);
    for (ExpansionContext expansion : expansions) {
      Map<Verdict, Set<Verdict>> inPartition = new EnumMap<>(Verdict.class);
      for (Caller caller : callerVariants(callerClass.representative())) {
        for (Map<String, String> extra : keyVariants(caller)) {
          admitted.addAll(RestAuthorization.policies(invocation(expansion, caller, origin, method, stage, Verdict.ALLOW, extra)).possible());
          for (Verdict gate : AccessCell.GATES) {
            Budget.checkTime();
            Decision decision = RestAuthorization.authorize(invocation(expansion, caller, origin, method, stage, gate, extra));
            inPartition.computeIfAbsent(gate, g -> EnumSet.noneOf(Verdict.class)).addAll(decision.possible());
            byGate.computeIfAbsent(gate, g -> EnumSet.noneOf(Verdict.class)).addAll(decision.possible());
            decisions.add(decision);
          }
        }
      }
      byPartition.add(Access.of(inPartition.get(Verdict.ALLOW), inPartition.get(Verdict.IMPLICIT_DENY)));
    }
    Access access = Access.of(byGate.get(Verdict.ALLOW), byGate.get(Verdict.IMPLICIT_DENY));
    Decision first = decisions.get(0);
    if (access == Access.DENIED) {
      return denied(callerClass, origin, method, stage, byGate, admitted, first);
    }
    List<String> dependsOn = access == Access.DEPENDS ? dependsOn(decisions, method, stage, first, byPartition.size() > 1) : List.of();
    return new AccessCell(callerClass, origin, access, byGate, admitted, first.deciding(), first.reason(), dependsOn);
  }

  /**
   * A refused class with what refuses it: the Deny statements that apply, or else the reason in
   * words. An unsigned call of an AWS_IAM method is refused before any policy is read.
   */
  private AccessCell denied(CallerClass callerClass, OriginClass origin, Method method, String stage,
      Map<Verdict, Set<Verdict>> byGate, Set<Verdict> admitted, Decision refused) {
    boolean unsigned = method.authorization() == AuthorizationType.AWS_IAM && !callerClass.representative().isSigned();
    List<Statement> denies = unsigned ? List.of() : refused.deciding().stream().filter(Statement::isDeny).toList();
    String reason = unsigned ? AccessSummary.UNSIGNED_TO_IAM
        : denies.isEmpty() ? refusal(invocation(expansions.get(0), callerClass.representative(), origin, method, stage, Verdict.ALLOW, Map.of()))
        : "";
    return new AccessCell(callerClass, origin, Access.DENIED, byGate, admitted, denies, reason, List.of());
  }

  /** Why a call that no Deny statement refuses is refused. */
  private String refusal(RestInvocation call) {
    if (RestAuthorization.refusedByEndpointPolicy(call)) {
      return "the VPC endpoint policy does not allow it";
    }
    if (policy == null) {
      return api.isPrivate() ? "a private API without resource policy cannot be deployed" : "no resource policy";
    }
    return "the resource policy does not allow it";
  }

  /** The values the input leaves open that the outcome turns on: authorization, statements, request keys. */
  private List<String> dependsOn(List<Decision> decisions, Method method, String stage, Decision first, boolean partitionDecides) {
    List<String> open = new ArrayList<>();
    if (method.authorization() == AuthorizationType.UNKNOWN) {
      open.add(method.authorizationReason() == null ? "the method's authorization, which the input does not give"
          : "the method's authorization: " + method.authorizationReason());
    }
    List<Statement> undetermined = decisions.stream().flatMap(d -> d.undetermined().stream()).distinct().toList();
    undetermined.stream().map(Statement::labelAt).forEach(open::add);
    String requestArn = ExecuteApiArn.requestArn(api.expansion(), stage, MethodArns.requestVerb(method), MethodArns.requestPath(method));
    if (partitionDecides || undetermined.stream().anyMatch(s -> RegionDependence.undecidedByRegion(s, api.expansion(), requestArn))) {
      open.add(RegionDependence.WHY);
    }
    if (policy != null && !policy.unknownStatements().isEmpty()) {
      open.add("statements of the resource policy that the input does not give");
    }
    unmodelledKeys.forEach(key -> open.add("the request's " + key));
    return open.isEmpty() ? List.of(first.reason()) : open;
  }

  private RestInvocation invocation(ExpansionContext expansion, Caller caller, OriginClass origin, Method method, String stage,
      Verdict gate, Map<String, String> extra) {
    RestInvocation.Builder builder = RestInvocation.builder(expansion)
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
          .vpcEndpointPolicy(endpointPolicies.get(origin.representativeVpce()))
          .boundSymbols(importedEndpoints);
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
