package io.github.apigwlint.rules.access;

import io.github.apigwlint.access.ApiRequests;
import io.github.apigwlint.access.Callers;
import io.github.apigwlint.access.MethodArns;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Decision;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.PolicyValue;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.policy.Verdict;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import java.util.Optional;
import java.util.Set;

/**
 * AWS principals in a resource policy match only SigV4-signed callers, which only AWS_IAM methods
 * have. A method with NONE, Cognito or a Lambda authorizer whose only allows name AWS principals is
 * unreachable: every caller gets "User: anonymous is not authorized".
 */
@RuleInfo(
    id = "principal-grant-on-unauthenticated-method",
    title = "Resource policy grants only AWS principals on a method without IAM authorization",
    severity = Severity.ERROR,
    severityVaries = "warning for `CUSTOM` methods",
    category = "access",
    tags = {"iam", "authorization"},
    since = "0.1.0")
public final class PrincipalGrantOnUnauthenticatedMethod implements Rule {

  private static final Set<AuthorizationType> UNSIGNED =
      Set.of(AuthorizationType.NONE, AuthorizationType.CUSTOM, AuthorizationType.COGNITO_USER_POOLS);

  @Override
  public void visitApi(Api api, RuleContext context) {
    Optional<PolicyDocument> document = context.workspace().resourcePolicy(api);
    if (api.protocol() != ApiProtocol.REST || document.isEmpty()) {
      return;
    }
    Policy policy = document.get().policy();
    for (Method method : api.methods()) {
      if (UNSIGNED.contains(method.authorization())) {
        grantToSignedOnly(policy, api, method).ifPresent(grant -> report(api, method, grant, context));
      }
    }
  }

  /** An allow some named AWS principal gets for this method, when no unsigned caller can get one. */
  private static Optional<Statement> grantToSignedOnly(Policy policy, Api api, Method method) {
    String stage = MethodArns.stages(api).get(0);
    Caller anonymous = Caller.anonymous();
    Decision unsigned = ApiRequests.evaluate(policy, api, method, stage, anonymous, ApiRequests.unknownOrigin(api, anonymous));
    if (unsigned.possible().contains(Verdict.ALLOW)) {
      return Optional.empty();
    }
    for (Statement statement : policy.statements()) {
      if (!statement.isAllow() || statement.notPrincipal() || statement.principal() == null || statement.principal().wildcard()) {
        continue;
      }
      for (PolicyValue principal : statement.principal().aws()) {
        Optional<Caller> named = Callers.parse(principal.text());
        if (named.isPresent()
            && ApiRequests.evaluate(policy, api, method, stage, named.get(), ApiRequests.unknownOrigin(api, named.get()))
                .possible()
                .contains(Verdict.ALLOW)) {
          return Optional.of(statement);
        }
      }
    }
    return Optional.empty();
  }

  private static void report(Api api, Method method, Statement grant, RuleContext context) {
    boolean authorizer = method.authorization() == AuthorizationType.CUSTOM;
    String message =
        method.display() + " of " + api.name() + " uses " + method.authorization()
            + " authorization, but the resource policy allows it only to named AWS principals, which match only"
            + " SigV4-signed callers: every call gets 403 \"User: anonymous is not authorized to perform: execute-api:Invoke\""
            + (authorizer ? " (AWS documents Lambda authorizers both ways; treat as likely)" : "");
    context
        .report(message, method.location(), Subject.method(api, method))
        .severity(authorizer ? Severity.WARNING : Severity.ERROR)
        .related(grant.node().location(), grant.label() + " names AWS principals")
        .fix(
            "Either set the method's AuthorizationType to AWS_IAM so callers sign their requests, or grant the method"
                + " with \"Principal\": \"*\" and restrict it with conditions (aws:SourceVpce, aws:SourceIp) instead of principals.")
        .emit();
  }
}
