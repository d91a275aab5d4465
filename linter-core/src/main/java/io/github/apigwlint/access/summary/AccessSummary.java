package io.github.apigwlint.access.summary;

import io.github.apigwlint.access.MethodArns;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.DomainName;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.source.Budget;
import io.github.apigwlint.source.Limits.Limit;
import io.github.apigwlint.model.VpcEndpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who can invoke what (issue 3): per API, stage and method, the caller classes and what they get,
 * computed from all statements of the resource policy together through the REST workflow.
 */
public final class AccessSummary {


  /** Why an AWS_IAM method refuses unsigned callers, REST or not. */
  static final String UNSIGNED_TO_IAM = "AWS_IAM takes only signed requests";

  private AccessSummary() {}

  /**
   * Whether a policy is small enough for the class-by-class analysis (summary and statement reach),
   * whose work grows with statements times the classes they name: at most the run's {@link
   * Limit#STATEMENTS}. A policy read from a file past that limit is already unknown.
   */
  public static boolean analysable(Policy policy) {
    return policy == null || policy.statements().size() <= Budget.limits().get(Limit.STATEMENTS);
  }

  /** An API with the default (full access) policy on every VPC endpoint. */
  public static ApiAccess of(Api api, PolicyDocument document) {
    return of(api, document, Map.of());
  }

  /**
   * @param endpointPolicies the policies of VPC endpoints by endpoint id (literal or symbol); an
   *     endpoint not in the map has the default policy, which allows everything (§4.5)
   */
  public static ApiAccess of(Api api, PolicyDocument document, Map<String, Policy> endpointPolicies) {
    return of(api, document, endpointPolicies, List.of());
  }

  /** @param domains the custom domain names mapped to the API */
  public static ApiAccess of(Api api, PolicyDocument document, Map<String, Policy> endpointPolicies, List<DomainName> domains) {
    Exposure exposure = Exposure.of(api, domains);
    if (api.protocol() != ApiProtocol.REST) {
      return new ApiAccess(api, null, V2Access.of(api), null, exposure);
    }
    Policy policy = document == null ? null : document.policy();
    if (!analysable(policy)) {
      return new ApiAccess(api, document, List.of(), "not summarised: the resource policy has "
          + policy.statements().size() + " statements, more than the " + Budget.limits().get(Limit.STATEMENTS) + " analysed", exposure);
    }
    Map<String, Policy> endpoints = api.isPrivate() ? endpointPolicies : Map.of();
    List<Policy> policies = new ArrayList<>(endpoints.values());
    policies.add(policy);
    PolicyMentions mentions = PolicyMentions.of(policies);
    Map<String, String> importedEndpoints = OriginCandidates.importedEndpoints(api, mentions);
    CellEvaluator evaluator = new CellEvaluator(api, policy, endpoints, mentions, importedEndpoints);
    List<OriginClass> origins = OriginCandidates.of(api, mentions, endpoints.keySet(), importedEndpoints);
    List<MethodAccess> methods = new ArrayList<>();
    for (String stage : MethodArns.stages(api)) {
      for (Method method : api.invocableMethods()) {
        List<CallerClass> callers = policySeesSigners(method.authorization(), mentions)
            ? CallerCandidates.signed(api, mentions)
            : CallerCandidates.unsigned();
        List<AccessCell> cells = new ArrayList<>();
        for (CallerClass caller : callers) {
          for (OriginClass origin : origins) {
            cells.add(exposure.refusesVpcEndpointCalls()
                ? AccessCell.refusedBeforePolicies(caller, origin, Exposure.DEFAULT_ENDPOINT_DISABLED)
                : evaluator.evaluate(caller, origin, method, stage));
          }
        }
        methods.add(new MethodAccess(stage, method, gate(method.authorization()), cells));
      }
    }
    return new ApiAccess(api, document, methods, null, exposure);
  }

  /**
   * The policies of the VPC endpoints that {@code api}'s policy may mean by their ids: where
   * templates share a logical id, {@code !Ref Endpoint} is the endpoint of the API's own template.
   */
  public static Map<String, Policy> endpointPolicies(Workspace workspace, Api api) {
    Map<String, Policy> policies = new LinkedHashMap<>();
    for (VpcEndpoint endpoint : workspace.vpcEndpoints()) {
      if (!workspace.mayMean(api.element(), endpoint)) {
        continue;
      }
      workspace.endpointPolicy(endpoint).ifPresent(p -> policies.put(endpoint.id(), p.policy()));
    }
    return policies;
  }

  /**
   * Whether the resource policy may see who signed the call, so that the principals it names fare
   * differently: AWS_IAM passes the signer on, and an authorization the input does not give may be it.
   */
  private static boolean policySeesSigners(AuthorizationType type, PolicyMentions mentions) {
    return type == AuthorizationType.AWS_IAM || type == AuthorizationType.UNKNOWN && mentions.namesPrincipals();
  }

  /** What "allowed" needs besides the resource policy, as words after "allowed ". */
  static String gate(AuthorizationType type) {
    return switch (type) {
      case NONE -> "";
      case AWS_IAM -> "if the caller's identity policy allows";
      case CUSTOM -> "if the Lambda authorizer allows";
      case COGNITO_USER_POOLS -> "with a valid Cognito token";
      case JWT -> "with a valid JWT";
      case UNKNOWN -> "if the unknown authorization allows";
    };
  }
}
