package io.github.apigwlint.engine;

import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;

/** A file or an element of it went past a limit of the run (nesting, size, references, statements, files); it is reported where that happened and the rest is analysed. */
@RuleInfo(
    id = LimitExceededRule.ID,
    title = "Input goes past one of the run's limits",
    severity = Severity.ERROR,
    category = "input",
    since = "0.1.0")
public final class LimitExceededRule implements Rule {
  public static final String ID = "limit-exceeded";
}
