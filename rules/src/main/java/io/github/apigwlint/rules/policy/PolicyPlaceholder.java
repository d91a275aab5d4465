package io.github.apigwlint.rules.policy;

import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.policy.StatementValues;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import java.util.Optional;

/** Documentation placeholders and sample ids never replaced by real values. */
@RuleInfo(
    id = "policy-placeholder",
    title = "Policy still contains a documentation placeholder",
    severity = Severity.ERROR,
    category = "policy",
    tags = {"policy", "copy-paste"},
    since = "0.1.0")
public final class PolicyPlaceholder implements Rule {

  @Override
  public void visitPolicy(PolicyDocument policy, RuleContext context) {
    for (Statement statement : policy.policy().statements()) {
      for (StatementValues.Entry entry : StatementValues.of(statement)) {
        if (entry.part() == StatementValues.Part.ACTION) {
          continue;
        }
        Optional<String> placeholder = Placeholders.find(entry.value().text());
        if (placeholder.isEmpty()) {
          continue;
        }
        context
            .report(
                entry.element() + " value \"" + entry.value() + "\" of " + policy.owner() + " still contains the"
                    + " documentation placeholder \"" + placeholder.get() + "\": " + consequence(entry, statement),
                entry.value().location(),
                Subject.value(policy, statement, entry.value()))
            .fix(
                "Replace \"" + placeholder.get() + "\" with the real value; in CloudFormation use a parameter or"
                    + " !Sub with ${AWS::AccountId} / ${AWS::Region}, and inside the API's own policy the shorthand"
                    + " execute-api:/<stage>/<VERB>/<path> needs neither account nor API id.")
            .emit();
      }
    }
  }

  private static String consequence(StatementValues.Entry entry, Statement statement) {
    if (entry.part() == StatementValues.Part.CONDITION) {
      return "no real request carries this value, so the condition is never met by it"
          + " (an Allow grants nobody; a Deny with a negated operator such as StringNotEquals denies every caller)";
    }
    String what = entry.part() == StatementValues.Part.PRINCIPAL ? "caller" : "request";
    return "no real " + what + " matches this value, so as far as it goes " + Effects.ofNeverMatching(statement);
  }
}
