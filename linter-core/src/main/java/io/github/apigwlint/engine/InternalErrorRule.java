package io.github.apigwlint.engine;

import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;

/** A defect of apigw-lint met while reading or analysing one file; the file is reported and the rest is analysed. */
@RuleInfo(
    id = InternalErrorRule.ID,
    title = "Internal error while analysing a file",
    severity = Severity.ERROR,
    category = "input",
    since = "0.1.0")
public final class InternalErrorRule implements Rule {
  public static final String ID = "internal-error";
}
