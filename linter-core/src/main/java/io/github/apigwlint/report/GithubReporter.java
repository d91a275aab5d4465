package io.github.apigwlint.report;

import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.source.Location;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;

/**
 * GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or {@code ::notice}
 * annotation per finding, the most severe first (GitHub shows only the first few of each kind per
 * step), then the summary as a plain line. Escaped as {@code @actions/core} escapes
 * ({@link Escaping#workflowData}).
 */
public final class GithubReporter implements Reporter {

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    List<Finding> ordered =
        result.findings().stream().sorted(Comparator.comparing(Finding::severity)).toList();
    for (Finding finding : ordered) {
      out.write(annotation(finding));
      out.write('\n');
    }
    out.write(ToolInfo.NAME + ": " + Summary.of(result).sentence() + "\n");
    out.flush();
  }

  static String annotation(Finding finding) {
    Location location = finding.location();
    StringBuilder line = new StringBuilder("::").append(command(finding.severity()));
    line.append(" file=").append(Escaping.workflowProperty(location.file()));
    if (!location.isWholeFile()) {
      line.append(",line=").append(location.line());
      if (location.column() >= 1) {
        line.append(",col=").append(location.column());
      }
    }
    line.append(",title=").append(Escaping.workflowProperty(ToolInfo.NAME + " " + finding.ruleId()));
    String message =
        finding.fix() == null ? Headlines.of(finding) : Headlines.of(finding) + "\n\nFix:\n" + finding.fix().strip();
    line.append("::").append(Escaping.workflowData(message));
    return line.toString();
  }

  private static String command(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "notice";
    };
  }
}
