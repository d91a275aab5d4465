package io.github.apigwlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * A GitLab Code Quality report ({@code artifacts:reports:codequality}): a JSON array of issues with
 * description, check_name, fingerprint, severity and location. Severities: an error of a security
 * rule is {@code blocker}, another error {@code critical}, a warning {@code major}, a note
 * {@code minor}. Fingerprints are the findings' stable ones, made unique within the report.
 */
public final class GitlabReporter implements Reporter {

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    Map<String, RuleInfo> rules = new HashMap<>();
    result.rules().forEach(rule -> rules.put(rule.id(), rule));
    Map<String, Integer> seen = new HashMap<>();
    JsonGenerator json = JsonOutput.open(out);
    json.writeStartArray();
    for (Finding finding : result.findings()) {
      String fingerprint = finding.fingerprint();
      int n = seen.merge(fingerprint, 1, Integer::sum);
      json.writeStartObject();
      json.writeStringField("type", "issue");
      json.writeStringField("check_name", finding.ruleId());
      json.writeStringField("description", Headlines.of(finding));
      if (finding.fix() != null) {
        json.writeObjectFieldStart("content");
        json.writeStringField("body", "Fix:\n\n```\n" + finding.fix().strip() + "\n```");
        json.writeEndObject();
      }
      json.writeArrayFieldStart("categories");
      json.writeString("Security");
      json.writeEndArray();
      json.writeStringField("fingerprint", n == 1 ? fingerprint : fingerprint + "-" + n);
      json.writeStringField("severity", severity(finding.severity(), rules.get(finding.ruleId())));
      json.writeObjectFieldStart("location");
      json.writeStringField("path", finding.location().file());
      json.writeObjectFieldStart("lines");
      json.writeNumberField("begin", Math.max(1, finding.location().line()));
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    JsonOutput.finish(json, out);
  }

  static String severity(Severity severity, RuleInfo rule) {
    return switch (severity) {
      case ERROR -> rule != null && rule.security() ? "blocker" : "critical";
      case WARNING -> "major";
      case NOTE -> "minor";
    };
  }
}
