package io.github.apigwlint.access;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.model.PolicyKind;
import io.github.apigwlint.model.Role;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Decision;
import io.github.apigwlint.policy.PolicyEvaluator;
import io.github.apigwlint.policy.Request;
import io.github.apigwlint.policy.RequestContext;
import io.github.apigwlint.policy.Verdict;
import io.github.apigwlint.source.Symbols;
import java.util.List;

/**
 * The cross-account role chain of APIs without resource policies (HTTP APIs, reference §6.1): a
 * caller in another account assumes a role of the API's account, whose identity policies allow
 * {@code execute-api:Invoke} on the routes. Verdicts that depend on unknown values count as
 * possible, so a chain is missing only when no role can complete it.
 */
public final class RoleChains {

  /**
   * One role of the API's account and how far it completes the chain.
   *
   * @param trustsCaller its trust policy may allow the caller {@code sts:AssumeRole}
   * @param refusedRoutes the routes its identity policies cannot allow it to invoke
   */
  public record Link(Role role, boolean trustsCaller, List<Method> refusedRoutes) {
    public boolean complete() {
      return trustsCaller && refusedRoutes.isEmpty();
    }
  }

  private RoleChains() {}

  /** The roles of the API's account, each with what it offers to {@code caller} for {@code routes}. */
  public static List<Link> of(Api api, List<Method> routes, Caller caller, Workspace workspace) {
    return workspace.roles().stream()
        .filter(role -> api.account().equals(role.account()))
        .map(role -> new Link(role, trusts(role, caller, workspace), refused(role, api, routes, workspace)))
        .toList();
  }

  private static boolean trusts(Role role, Caller caller, Workspace workspace) {
    Request assume = new Request(caller, "sts:AssumeRole", role.arn(), assumeContext(caller));
    return policiesOf(role, PolicyKind.TRUST_POLICY, workspace).stream()
        .anyMatch(trust -> PolicyEvaluator.evaluate(trust.policy(), assume, null).possible().contains(Verdict.ALLOW));
  }

  /** The caller chooses the external id it passes; its organisation is unknown unless given. */
  private static RequestContext assumeContext(Caller caller) {
    RequestContext context = RequestContext.forCaller(caller).put("sts:ExternalId", Symbols.opaque("external id the caller passes"));
    if (caller.orgId() == null) {
      context.put("aws:PrincipalOrgID", Symbols.opaque("organization of the caller"));
    }
    return context;
  }

  private static List<Method> refused(Role role, Api api, List<Method> routes, Workspace workspace) {
    Caller session = Callers.roleSession(role.arn(), role.account());
    List<PolicyDocument> permissions = policiesOf(role, PolicyKind.IDENTITY_POLICY, workspace);
    return routes.stream().filter(route -> !mayInvoke(session, api, route, permissions)).toList();
  }

  /** In every stage: a role that may invoke the route in one stage only leaves callers of the others at 403. */
  private static boolean mayInvoke(Caller session, Api api, Method route, List<PolicyDocument> permissions) {
    return MethodArns.stages(api).stream().allMatch(stage -> mayInvoke(session, api, route, stage, permissions));
  }

  private static boolean mayInvoke(Caller session, Api api, Method route, String stage, List<PolicyDocument> permissions) {
    Request invoke = new Request(session, "execute-api:Invoke", MethodArns.arn(api, route, stage), RequestContext.forCaller(session));
    List<Decision> decisions = permissions.stream().map(p -> PolicyEvaluator.evaluate(p.policy(), invoke, null)).toList();
    return decisions.stream().noneMatch(d -> d.verdict() == Verdict.EXPLICIT_DENY)
        && decisions.stream().anyMatch(d -> d.possible().contains(Verdict.ALLOW));
  }

  private static List<PolicyDocument> policiesOf(Role role, PolicyKind kind, Workspace workspace) {
    return workspace.policiesAttachedTo(role.arn()).stream()
        .filter(p -> p.kind() == kind && workspace.mayMean(p.element(), role))
        .toList();
  }
}
