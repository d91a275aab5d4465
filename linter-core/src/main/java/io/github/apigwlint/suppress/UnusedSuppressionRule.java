package io.github.apigwlint.suppress;

import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;

/**
 * Not a check over the workspace: the identity of the findings the suppression step makes for a
 * suppression that matched no finding (the problem was fixed, or the id is misspelt).
 */
@RuleInfo(
    id = UnusedSuppressionRule.ID,
    title = "Suppression matches no finding",
    severity = Severity.NOTE,
    category = "suppression",
    since = "0.1.0")
public final class UnusedSuppressionRule implements Rule {
  public static final String ID = "unused-suppression";
}
