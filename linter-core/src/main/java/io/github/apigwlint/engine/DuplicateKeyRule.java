package io.github.apigwlint.engine;

import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;

/** A mapping that names one key twice: the tools that deploy it take one of the values, and a reader may think the other holds. */
@RuleInfo(
    id = DuplicateKeyRule.ID,
    title = "A key is written twice in one mapping",
    severity = Severity.ERROR,
    category = "input",
    since = "0.1.0")
public final class DuplicateKeyRule implements Rule {
  public static final String ID = "duplicate-key";
}
