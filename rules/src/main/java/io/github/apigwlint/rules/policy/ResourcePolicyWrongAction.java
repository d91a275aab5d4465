package io.github.apigwlint.rules.policy;

import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.policy.ExecuteApiArn;
import io.github.apigwlint.policy.ExecuteApiActions;
import io.github.apigwlint.policy.PolicyValue;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.source.Symbols;
import java.util.Locale;

/** Actions in an API resource policy that cannot apply to calls of the API. */
@RuleInfo(
    id = "resource-policy-wrong-action",
    title = "API resource policy names an action that cannot apply to the API",
    severity = Severity.WARNING,
    category = "policy",
    tags = {"policy", "action", "resource-policy"},
    since = "0.1.0")
public final class ResourcePolicyWrongAction implements Rule {

  @Override
  public void visitPolicy(PolicyDocument policy, RuleContext context) {
    if (!policy.isApiResourcePolicy()) {
      return;
    }
    for (Statement statement : policy.policy().statements()) {
      if (statement.notAction()) {
        continue;
      }
      for (PolicyValue action : statement.actions()) {
        if (Symbols.isSymbolic(action.text()) || appliesToApi(action.text())) {
          continue;
        }
        context
            .report(
                "action \"" + action + "\" in the resource policy of " + policy.owner()
                    + " cannot apply to calls of the API: API Gateway ignores it (whether it rejects the policy"
                    + " instead is undocumented), so it grants or denies nothing",
                action.location(),
                Subject.value(policy, statement, action))
            .fix(fixFor(action.text()))
            .emit();
      }
    }
  }

  /** The action, or a wildcard pattern that covers one of the API actions (case-insensitive). */
  static boolean appliesToApi(String action) {
    return !ExecuteApiActions.matchedBy(action).isEmpty();
  }

  private static String fixFor(String action) {
    String service = action.contains(":") ? action.substring(0, action.indexOf(':')).toLowerCase(Locale.ROOT) : "";
    String where;
    if (service.equals("sts")) {
      where = "sts:AssumeRole belongs in the trust policy of the role (AssumeRolePolicyDocument)";
    } else if (service.equals("lambda")) {
      where = "lambda:InvokeFunction belongs in the function's resource policy (AWS::Lambda::Permission with"
          + " SourceArn arn:aws:execute-api:…:<api-id>/*)";
    } else if (service.equals("apigateway")) {
      where = "apigateway management actions belong in identity policies of those who administer the API";
    } else if (service.equals(ExecuteApiArn.SERVICE)) {
      where = "there is no such execute-api action; the API actions are " + String.join(", ", ExecuteApiActions.ALL);
    } else {
      where = "move it to the policy of the resource it is about";
    }
    return "Remove the action, or grant execute-api:Invoke here; " + where + ".";
  }
}
