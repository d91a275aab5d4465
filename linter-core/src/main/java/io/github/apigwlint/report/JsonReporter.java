package io.github.apigwlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.source.Location;
import java.io.IOException;
import java.io.Writer;

/**
 * For scripts: every finding with its rule, severity, message, place, fix and fingerprint, and the
 * counts. A whole-file finding has line and column 0. Keys always appear, in this order.
 */
public final class JsonReporter implements Reporter {

  private final ToolInfo tool;

  public JsonReporter(ToolInfo tool) {
    this.tool = tool;
  }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    JsonGenerator json = JsonOutput.open(out);
    json.writeStartObject();
    json.writeStringField("version", tool.version());
    json.writeArrayFieldStart("findings");
    for (Finding finding : result.findings()) {
      writeFinding(json, finding);
    }
    json.writeEndArray();
    writeSummary(json, Summary.of(result));
    json.writeEndObject();
    JsonOutput.finish(json, out);
  }

  private static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", finding.ruleId());
    json.writeStringField("severity", finding.severity().label());
    json.writeStringField("message", finding.message());
    writePlace(json, finding.location());
    json.writeStringField("fix", finding.fix());
    json.writeStringField("fingerprint", finding.fingerprint());
    json.writeStringField("subject", finding.subject().key());
    json.writeStringField("when", finding.when());
    json.writeStringField("construct", finding.construct());
    json.writeArrayFieldStart("related");
    for (Finding.Related related : finding.related()) {
      json.writeStartObject();
      writePlace(json, related.location());
      json.writeStringField("message", related.message());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writePlace(JsonGenerator json, Location location) throws IOException {
    json.writeStringField("file", location.file());
    json.writeNumberField("line", location.line());
    json.writeNumberField("column", location.column());
  }

  private static void writeSummary(JsonGenerator json, Summary summary) throws IOException {
    json.writeObjectFieldStart("summary");
    json.writeNumberField("errors", summary.errors());
    json.writeNumberField("warnings", summary.warnings());
    json.writeNumberField("notes", summary.notes());
    json.writeNumberField("filesWithFindings", summary.filesWithFindings());
    json.writeNumberField("filesChecked", summary.filesChecked());
    json.writeEndObject();
  }
}
