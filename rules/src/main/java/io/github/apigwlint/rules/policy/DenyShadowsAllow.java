package io.github.apigwlint.rules.policy;

import io.github.apigwlint.access.summary.StatementReach;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import java.util.Optional;

/**
 * An Allow that grants nothing: every request it would allow is denied by a Deny of the same policy,
 * and an explicit deny always wins. Usually a Deny meant as "everyone except" that excludes
 * nobody, or an Allow kept from an older design.
 */
@RuleInfo(
    id = "deny-shadows-allow",
    title = "Allow statement that a Deny always overrules",
    severity = Severity.WARNING,
    category = "policy",
    tags = {"policy", "dead-grant"},
    since = "0.1.0")
public final class DenyShadowsAllow implements Rule {

  @Override
  public void visitApi(Api api, RuleContext context) {
    Optional<StatementReach> found = context.access(api).statementReach();
    if (found.isEmpty()) {
      return;
    }
    StatementReach reach = found.get();
    for (Statement statement : reach.policy().statements()) {
      if (statement.isAllow() && reach.alwaysOverruled(statement)) {
        context.report(
                statement.label() + " of the resource policy of " + api.name()
                    + " allows nothing: every request it matches is also matched by a Deny, and an explicit deny always wins",
                statement.node().location(), Subject.statement(context.workspace().resourcePolicy(api).orElseThrow(), statement))
            .fix("Narrow the Deny (its condition should exclude the callers this Allow is for), or remove the Allow"
                + " if nobody is meant to get in this way. 'apigw-lint access' shows who can invoke each method.")
            .emit();
      }
    }
  }
}
