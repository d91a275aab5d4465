package io.github.apigwlint.report;

import static io.github.apigwlint.report.Summary.count;

import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A summary for a pull-request comment or the GitHub job summary ({@code $GITHUB_STEP_SUMMARY}):
 * the counts, the findings by rule, and a table of the findings, the most severe first, cut after
 * {@value #MAX_ROWS} rows so that the comment stays under GitHub's size limit.
 */
public final class MarkdownReporter implements Reporter {

  static final int MAX_ROWS = 200;

  private final ToolInfo tool;

  public MarkdownReporter(ToolInfo tool) {
    this.tool = tool;
  }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    Summary summary = Summary.of(result);
    out.write("## " + ToolInfo.NAME + "\n\n");
    if (summary.findings() == 0) {
      out.write("No findings in " + count(summary.filesChecked(), "file") + " checked.\n");
      out.flush();
      return;
    }
    out.write("**" + summary.counts() + "** (" + count(summary.filesChecked(), "file") + " checked)\n\n");
    out.write("| severity | count |\n| --- | ---: |\n");
    out.write("| error | " + summary.errors() + " |\n");
    out.write("| warning | " + summary.warnings() + " |\n");
    out.write("| note | " + summary.notes() + " |\n\n");

    Map<String, Integer> byRule = new TreeMap<>();
    result.findings().forEach(finding -> byRule.merge(finding.ruleId(), 1, Integer::sum));
    out.write("| rule | findings |\n| --- | ---: |\n");
    for (Map.Entry<String, Integer> rule : byRule.entrySet()) {
      out.write("| " + ruleLink(rule.getKey()) + " | " + rule.getValue() + " |\n");
    }
    out.write("\n### Findings\n\n");
    out.write("| severity | rule | location | message |\n| --- | --- | --- | --- |\n");
    List<Finding> ordered =
        result.findings().stream()
            .sorted(java.util.Comparator.comparing(Finding::severity))
            .toList();
    for (Finding finding : ordered.subList(0, Math.min(MAX_ROWS, ordered.size()))) {
      if (finding.fix() != null) {
        out.write("| " + label(finding.severity()) + " | " + ruleLink(finding.ruleId()) + " | `"
            + code(finding.location().toString()) + "` | " + Escaping.markdown(Headlines.of(finding))
            + "<br>Fix: <code>" + Escaping.markdown(html(finding.fix().strip())) + "</code> |\n");
      } else {
        out.write("| " + label(finding.severity()) + " | " + ruleLink(finding.ruleId()) + " | `"
            + code(finding.location().toString()) + "` | " + Escaping.markdown(Headlines.of(finding)) + " |\n");
      }
    }
    if (ordered.size() > MAX_ROWS) {
      out.write("\n… and " + (ordered.size() - MAX_ROWS) + " more; see the full report.\n");
    }
    out.flush();
  }

  private String ruleLink(String ruleId) {
    return "[`" + ruleId + "`](" + tool.ruleDocUri(ruleId) + ")";
  }

  private static String label(Severity severity) {
    return severity.label();
  }

  /** A location in a code span, which neither a backquote nor a pipe of the input may end. */
  private static String code(String text) {
    return Escaping.line(text).replace("`", "'").replace("|", "\\|");
  }

  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
