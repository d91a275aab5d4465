package io.github.apigwlint.rules.policy;

import io.github.apigwlint.access.summary.StatementReach;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.policy.PolicyValue;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.rule.SyntaxNames;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A statement whose resources match no method of the API it is attached to: another API's id, a
 * stage the API does not have, a shorthand without the stage segment. It does nothing, and what it
 * was meant to do does not happen. Principal and condition mismatches are other rules' findings.
 */
@RuleInfo(
    id = "unused-statement",
    title = "Statement matches no method of its API",
    severity = Severity.NOTE,
    category = "policy",
    tags = {"policy", "arn"},
    since = "0.1.0")
public final class UnusedStatement implements Rule {

  @Override
  public void visitApi(Api api, RuleContext context) {
    Optional<StatementReach> found = context.access(api).statementReach();
    if (found.isEmpty()) {
      return;
    }
    StatementReach reach = found.get();
    for (Statement statement : reach.policy().statements()) {
      if (!reach.neverApplies(anyoneAnywhere(statement, statement.resources(), statement.notResource()))) {
        continue;
      }
      if (reach.neverApplies(anyoneAnywhere(statement, List.of(new PolicyValue("*", statement.node())), false))) {
        continue; // no execute-api:Invoke action: resource-policy-wrong-action's finding
      }
      String resources = statement.resources().stream().map(v -> SyntaxNames.value(api.syntax(), v.text())).collect(Collectors.joining(", "));
      context.report(
              statement.label() + " of the resource policy of " + api.name() + " matches none of its methods"
                  + (api.stages().isEmpty() ? "" : " in stages " + String.join(", ", api.stageNames())) + ": "
                  + (statement.notResource() ? "NotResource " : "Resource ") + resources,
              statement.node().location(), Subject.statement(context.workspace().resourcePolicy(api).orElseThrow(), statement))
          .fix("Resources of a REST API policy are execute-api:/STAGE/VERB/PATH (or the full ARN with this API's id);"
              + " fix the id, stage or shape, or remove the statement.")
          .emit();
    }
  }

  /** The statement with only its actions and the given resources left: who and from where do not matter. */
  private static Statement anyoneAnywhere(Statement s, List<PolicyValue> resources, boolean notResource) {
    return new Statement(s.index(), s.sid(), s.effect(), null, false, s.actions(), s.notAction(), resources,
        notResource, List.of(), false, s.broken(), s.node());
  }
}
