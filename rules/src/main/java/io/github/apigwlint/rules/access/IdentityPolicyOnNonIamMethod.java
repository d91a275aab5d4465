package io.github.apigwlint.rules.access;

import io.github.apigwlint.access.Callers;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.model.PolicyKind;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.ExecuteApiActions;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.rule.SyntaxNames;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An identity policy of the workspace that allows or denies execute-api:Invoke on methods of one of
 * the workspace's APIs that do not use AWS_IAM authorization: API Gateway consults identity
 * policies only for AWS_IAM methods, so the statement is never used there. An Allow is reported when
 * none of the methods it covers uses AWS_IAM; a Deny whenever it covers such a method, since a Deny
 * that does not apply leaves the method open to whoever it meant to stop (CORS preflight OPTIONS
 * methods aside, when the Deny covers other methods too). An Allow that also grants
 * execute-api:InvalidateCache is used for cache invalidation, which IAM authorizes on any method.
 */
@RuleInfo(
    id = "identity-policy-on-non-iam-method",
    title = "Identity policy allows or denies invoking methods that do not use AWS_IAM authorization",
    severity = Severity.WARNING,
    category = "access",
    security = true,
    tags = {"iam", "identity-policy", "authorization"},
    since = "0.1.0")
public final class IdentityPolicyOnNonIamMethod implements Rule {

  @Override
  public void visitPolicy(PolicyDocument document, RuleContext context) {
    if (document.kind() != PolicyKind.IDENTITY_POLICY) {
      return;
    }
    Policy policy = document.policy();
    Caller holder = Callers.holder(document);
    for (Statement statement : policy.statements()) {
      // most identity policies are about other services: only a statement that names Invoke can matter
      if (statement.effect() == null || !ExecuteApiActions.covers(statement, "execute-api:Invoke")) {
        continue;
      }
      for (Api api : context.analysis().apisNamedBy(statement)) {
        if (api.methods().isEmpty() || !context.workspace().mayMean(document.element(), api)
            || !context.analysis().singlesOut(policy, statement, api, holder, null)) {
          continue;
        }
        List<Method> covered = context.analysis().coverage(policy, statement, api, holder, null);
        List<Method> unused = covered.stream().filter(IdentityPolicyOnNonIamMethod::ignoresIdentityPolicies).toList();
        if (unused.isEmpty()) {
          continue;
        }
        if (statement.isAllow() && unused.size() == covered.size() && !grantsCacheInvalidation(statement)) {
          report(document, statement, api, unused, context);
        } else if (statement.isDeny()) {
          List<Method> open = unused.size() == covered.size()
              ? unused
              : unused.stream().filter(m -> !"OPTIONS".equals(m.verb())).toList();
          if (!open.isEmpty()) {
            report(document, statement, api, open, context);
          }
        }
      }
    }
  }

  /**
   * Cache invalidation ({@code Cache-Control: max-age=0}) is authorized by the caller's permission for
   * execute-api:InvalidateCache whatever the method's authorization: such an Allow is used.
   */
  private static boolean grantsCacheInvalidation(Statement statement) {
    return ExecuteApiActions.covers(statement, "execute-api:InvalidateCache");
  }

  /** Methods whose authorization is known and is not AWS_IAM. */
  private static boolean ignoresIdentityPolicies(Method method) {
    return method.authorization() != AuthorizationType.AWS_IAM && method.authorization() != AuthorizationType.UNKNOWN;
  }

  private static void report(PolicyDocument document, Statement statement, Api api, List<Method> methods, RuleContext context) {
    Set<String> deciders = new LinkedHashSet<>();
    Set<AuthorizationType> types = new LinkedHashSet<>();
    for (Method method : methods) {
      types.add(method.authorization());
      deciders.add(switch (method.authorization()) {
        case NONE -> "anyone can call a NONE method";
        case CUSTOM -> "the Lambda authorizer decides";
        case COGNITO_USER_POOLS -> "a valid Cognito token decides";
        case JWT -> "a valid JWT decides";
        default -> "its authorization decides";
      });
    }
    String what = statement.isDeny() ? "denies" : "allows";
    String outcome = statement.isDeny()
        ? "the Deny stops no call of " + (methods.size() == 1 ? "it" : "them") + ": " + String.join("; ", deciders)
        : "this Allow is never used: " + String.join("; ", deciders);
    context.report(
            statement.label() + " of " + document.owner() + " " + what + " execute-api:Invoke on " + Method.display(methods)
                + " of " + api.name() + ", which " + (methods.size() == 1 ? "uses " : "use ")
                + String.join("/", types.stream().map(Enum::name).toList())
                + " authorization: API Gateway consults identity policies only for AWS_IAM methods, so " + outcome,
            statement.node().location(), Subject.statement(document, statement).property("on " + api.element()))
        .related(methods.get(0).location(), "a method with " + methods.get(0).authorization() + " authorization")
        .fix(statement.isDeny()
            ? "Set " + SyntaxNames.authorization(api, methods.get(0)) + " to AWS_IAM on the methods this Deny must protect (callers then sign with SigV4), or"
                + " refuse these callers where the method's authorization is decided: a resource-policy Deny with a"
                + " condition, the authorizer, or the token's scopes."
            : "Set " + SyntaxNames.authorization(api, methods.get(0)) + " to AWS_IAM on the methods if callers should need this permission; otherwise remove"
                + " the statement, since it grants nothing.")
        .emit();
  }
}
