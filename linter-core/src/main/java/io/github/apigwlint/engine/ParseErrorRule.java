package io.github.apigwlint.engine;

import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;

/**
 * Not a check but the identity of the findings the engine itself makes for files it cannot read, so
 * that they have metadata like every other finding.
 */
@RuleInfo(
    id = ParseErrorRule.ID,
    title = "File cannot be read or parsed",
    severity = Severity.ERROR,
    category = "input",
    since = "0.1.0")
public final class ParseErrorRule implements Rule {
  public static final String ID = "parse-error";
}
