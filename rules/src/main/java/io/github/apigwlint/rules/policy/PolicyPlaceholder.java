package io.github.apigwlint.rules.policy;

import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.policy.Placeholders;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.policy.StatementValues;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.rule.SyntaxNames;
import java.util.Optional;
import java.util.Set;

/**
 * Documentation placeholders, sample ids and template variables never replaced by real values; a
 * sample account id that the input itself shows as its own account (a plan's) is real. A
 * policy file of its own may be a template another tool fills in before deploying it, so there it
 * is a warning; in a policy a template deploys it is what AWS gets.
 */
@RuleInfo(
    id = "policy-placeholder",
    title = "Policy still contains a placeholder",
    severity = Severity.ERROR,
    severityVaries = "warning in a policy file of its own, which no template of the workspace deploys",
    category = "policy",
    tags = {"policy", "copy-paste"},
    since = "0.1.0")
public final class PolicyPlaceholder implements Rule {

  @Override
  public void visitPolicy(PolicyDocument policy, RuleContext context) {
    Set<String> ownAccounts = context.workspace().ownAccounts(policy);
    for (Statement statement : policy.policy().statements()) {
      for (StatementValues.Entry entry : StatementValues.of(statement)) {
        if (entry.part() == StatementValues.Part.ACTION) {
          continue;
        }
        Optional<String> placeholder = Placeholders.find(entry.value().text(), ownAccounts);
        if (placeholder.isEmpty()) {
          continue;
        }
        boolean standalone = policy.isStandaloneFile();
        context
            .report(
                entry.element() + " value \"" + SyntaxNames.value(policy.syntax(), entry.value().text()) + "\" of " + policy.owner() + " still contains the"
                    + " placeholder \"" + placeholder.get() + "\": "
                    + (standalone ? "no template of the workspace deploys this file, but as it stands " : "")
                    + consequence(entry, statement),
                entry.value().location(),
                Subject.value(policy, statement, entry.value()))
            .severity(standalone ? Severity.WARNING : Severity.ERROR)
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
    if (entry.part() == StatementValues.Part.PRINCIPAL) {
      return "no real caller matches this value, so as far as it goes " + Effects.ofPrincipalMatchingNobody(statement);
    }
    return "no real request matches this value, so as far as it goes " + Effects.ofResourceMatchingNothing(statement);
  }
}
