package io.github.apigwlint.engine;

import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;

/** A file, or an element of it, took longer than the run's time budget for one file; its analysis was given up and the rest is analysed. */
@RuleInfo(
    id = AnalysisTimeoutRule.ID,
    title = "Analysis of a file took too long",
    severity = Severity.ERROR,
    category = "input",
    since = "0.1.0")
public final class AnalysisTimeoutRule implements Rule {
  public static final String ID = "analysis-timeout";
}
