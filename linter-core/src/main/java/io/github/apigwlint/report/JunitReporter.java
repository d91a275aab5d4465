package io.github.apigwlint.report;

import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * JUnit XML as Surefire writes it, for CI systems that show test reports (GitLab
 * {@code artifacts:reports:junit}, Jenkins, Azure): one test suite per file, one test case per rule
 * that ran on it. A case with findings fails; its failure carries every finding's place and message.
 */
public final class JunitReporter implements Reporter {

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    TreeSet<String> ruleIds = new TreeSet<>();
    result.rules().stream().map(RuleInfo::id).forEach(ruleIds::add);
    Map<String, Map<String, List<Finding>>> byFile = new TreeMap<>();
    result.files().keySet().forEach(file -> byFile.put(file, new TreeMap<>()));
    for (Finding finding : result.findings()) {
      ruleIds.add(finding.ruleId());
      byFile.computeIfAbsent(finding.location().file(), file -> new TreeMap<>())
          .computeIfAbsent(finding.ruleId(), id -> new ArrayList<>())
          .add(finding);
    }
    int tests = byFile.size() * ruleIds.size();
    int failures = byFile.values().stream().mapToInt(Map::size).sum();

    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<testsuites name=\"" + ToolInfo.NAME + "\" tests=\"" + tests + "\" failures=\""
        + failures + "\" errors=\"0\" skipped=\"0\">\n");
    for (Map.Entry<String, Map<String, List<Finding>>> file : byFile.entrySet()) {
      String name = Escaping.xmlAttribute(file.getKey());
      out.write("  <testsuite name=\"" + name + "\" tests=\"" + ruleIds.size() + "\" failures=\""
          + file.getValue().size() + "\" errors=\"0\" skipped=\"0\">\n");
      for (String ruleId : ruleIds) {
        List<Finding> findings = file.getValue().get(ruleId);
        out.write("    <testcase classname=\"" + name + "\" name=\"" + Escaping.xmlAttribute(ruleId)
            + "\" file=\"" + name + "\"");
        if (findings == null) {
          out.write("/>\n");
          continue;
        }
        out.write(">\n");
        Severity worst = findings.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
        String message = findings.size() == 1
            ? Escaping.line(Headlines.of(findings.get(0)))
            : findings.size() + " findings, the first: " + Escaping.line(Headlines.of(findings.get(0)));
        out.write("      <failure type=\"" + worst.label() + "\" message=\"" + Escaping.xmlAttribute(message) + "\">");
        StringBuilder body = new StringBuilder();
        for (Finding finding : findings) {
          // one line per finding, as the text report writes it
          body.append(Escaping.line(finding.location() + ": " + finding.severity().label() + " " + finding.ruleId()
              + " " + Headlines.of(finding))).append('\n');
          if (finding.fix() != null) {
            body.append("  fix: ").append(Escaping.terminal(finding.fix().strip()).replace("\n", "\n       ")).append('\n');
          }
        }
        out.write(Escaping.xml(body.toString()));
        out.write("</failure>\n");
        out.write("    </testcase>\n");
      }
      out.write("  </testsuite>\n");
    }
    out.write("</testsuites>\n");
    out.flush();
  }
}
