package io.github.apigwlint.suppress;

import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;

/**
 * Not a check over the workspace: the identity of the findings the suppression step makes for a
 * suppression that gives no reason. The suppression still applies.
 */
@RuleInfo(
    id = SuppressionWithoutReasonRule.ID,
    title = "Suppression gives no reason",
    severity = Severity.WARNING,
    category = "suppression",
    since = "0.1.0")
public final class SuppressionWithoutReasonRule implements Rule {
  public static final String ID = "suppression-without-reason";
}
