package io.github.apigwlint.cli;

import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.rule.Severity;
import java.util.Locale;

/** The values of {@code --fail-on}: the least severity that makes the run fail. */
enum FailOn {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  NOTE(Severity.NOTE),
  NEVER(null);

  private final Severity threshold;

  FailOn(Severity threshold) {
    this.threshold = threshold;
  }

  boolean fails(LintResult result) {
    return threshold != null
        && result.findings().stream().anyMatch(finding -> finding.severity().atLeast(threshold));
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
