package io.github.apigwlint.rules.access;

import io.github.apigwlint.analysis.ApiAnalysis;
import io.github.apigwlint.analysis.SignedOnlyGrant;
import io.github.apigwlint.analysis.Reach;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.rule.SyntaxNames;
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
    if (api.protocol() != ApiProtocol.REST || context.workspace().resourcePolicy(api).isEmpty()) {
      return;
    }
    ApiAnalysis access = context.access(api);
    for (Method method : api.methods()) {
      if (UNSIGNED.contains(method.authorization())) {
        access.signedOnlyGrant(method).ifPresent(grant -> report(api, method, grant, context));
      }
    }
  }

  private static void report(Api api, Method method, SignedOnlyGrant found, RuleContext context) {
    boolean authorizer = method.authorization() == AuthorizationType.CUSTOM;
    Statement grant = found.grant();
    String message =
        method.display() + " of " + api.name() + Reach.inStages(found.stages(), api.stages().size()) + " uses "
            + method.authorization()
            + " authorization, but the resource policy allows it only to named AWS principals, which match only"
            + " SigV4-signed callers: every call gets 403 \"User: anonymous is not authorized to perform: execute-api:Invoke\""
            + (authorizer ? " (AWS documents Lambda authorizers both ways; treat as likely)" : "");
    context
        .report(message, method.location(), Subject.method(api, method))
        .severity(authorizer ? Severity.WARNING : Severity.ERROR)
        .related(grant.node().location(), grant.label() + " names AWS principals")
        .fix(
            "Either set the method's " + SyntaxNames.authorization(api, method) + " to AWS_IAM so callers sign their requests, or grant the method"
                + " with \"Principal\": \"*\" and restrict it with conditions (aws:SourceVpce, aws:SourceIp) instead of principals.")
        .emit();
  }
}
