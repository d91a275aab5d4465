package io.github.apigwlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.apigwlint.rule.RuleDocs;
import io.github.apigwlint.rule.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The rules as JSON, for scripts and editors: each rule's metadata, its doc page's address and the
 * first paragraph of the page.
 */
public final class RulesJsonReport {

  private RulesJsonReport() {}

  public static void write(List<RuleInfo> rules, RuleDocs docs, ToolInfo tool, Writer out) throws IOException {
    JsonGenerator json = JsonOutput.open(out);
    json.writeStartObject();
    json.writeStringField("tool", tool.name());
    json.writeStringField("version", tool.version());
    json.writeArrayFieldStart("rules");
    for (RuleInfo rule : rules) {
      writeRule(json, rule, docs, tool);
    }
    json.writeEndArray();
    json.writeEndObject();
    JsonOutput.finish(json, out);
  }

  private static void writeRule(JsonGenerator json, RuleInfo rule, RuleDocs docs, ToolInfo tool) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", rule.id());
    json.writeStringField("title", rule.title());
    json.writeStringField("severity", rule.severity().label());
    json.writeBooleanField("enabledByDefault", rule.enabledByDefault());
    json.writeStringField("category", rule.category());
    json.writeBooleanField("security", rule.security());
    writeStrings(json, "tags", rule.tags());
    writeStrings(json, "formerIds", rule.altIds());
    json.writeStringField("precision", rule.precision());
    json.writeStringField("since", rule.since());
    json.writeStringField("helpUri", tool.ruleDocUri(rule.id()));
    json.writeStringField("description",
        docs.page(rule.id()).flatMap(RuleDocs::firstParagraph).orElse(rule.title()));
    json.writeEndObject();
  }

  private static void writeStrings(JsonGenerator json, String name, String[] values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
