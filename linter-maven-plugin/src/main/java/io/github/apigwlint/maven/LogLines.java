package io.github.apigwlint.maven;

import io.github.apigwlint.report.Headlines;
import io.github.apigwlint.report.Summary;
import io.github.apigwlint.rule.Finding;
import org.apache.maven.plugin.logging.Log;

/** What the goal prints in Maven's log; Maven adds the {@code [ERROR]}-style level itself. */
final class LogLines {

  private LogLines() {}

  /** {@code path:line:col rule-id message}; a finding about a whole file has no line and column. */
  static String finding(Finding finding) {
    return finding.location() + " " + finding.ruleId() + " " + Headlines.of(finding);
  }

  /** {@code apigw-lint: 2 errors, 1 warning, 0 notes in 2 files; 7 files checked}. */
  static String summary(Summary summary) {
    String counts = summary.findings() == 0
        ? "no findings"
        : summary.counts();
    return "apigw-lint: " + counts + "; " + summary.filesChecked() + " file"
        + (summary.filesChecked() == 1 ? "" : "s") + " checked";
  }

  /** At the level of its severity: errors as {@code [ERROR]}, warnings as {@code [WARNING]}, notes as {@code [INFO]}. */
  static void log(Log log, CachedResult.Line line) {
    switch (line.severity()) {
      case ERROR -> log.error(line.text());
      case WARNING -> log.warn(line.text());
      default -> log.info(line.text());
    }
  }
}
