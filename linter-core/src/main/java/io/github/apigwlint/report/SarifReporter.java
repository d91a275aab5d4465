package io.github.apigwlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.RuleDocs;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.source.Location;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: rules generated from their metadata with help and
 * a help link, repository-relative percent-encoded URIs under {@code %SRCROOT%}, and partial
 * fingerprints. Nothing in it depends on the time of the run, so identical runs give identical files.
 */
public final class SarifReporter implements Reporter {

  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";
  /** Version 2: the hash of the finding's identity (rule and subject), no longer of a free-text element. */
  static final String FINGERPRINT = "apigwLint/v2";

  /** GitHub's limit on short and full descriptions. */
  private static final int MAX_DESCRIPTION = 1024;

  private static final Pattern ABSOLUTE = Pattern.compile("^(/|[A-Za-z]:[/\\\\]).*");

  private final ToolInfo tool;
  private final RuleDocs docs;
  private final URI sourceRoot;

  /**
   * @param sourceRoot the folder that relative paths in findings start from (a {@code file:} URI
   *     ending in {@code /}), or null to leave it unnamed; GitHub ignores it, local SARIF viewers
   *     use it to open the files
   */
  public SarifReporter(ToolInfo tool, RuleDocs docs, URI sourceRoot) {
    this.tool = tool;
    this.docs = docs;
    this.sourceRoot = sourceRoot;
  }

  @Override
  public void write(LintResult result, Writer out) throws IOException {
    List<RuleInfo> rules =
        result.rules().stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }

    JsonGenerator json = JsonOutput.open(out);
    json.writeStartObject();
    json.writeStringField("$schema", SCHEMA);
    json.writeStringField("version", "2.1.0");
    json.writeArrayFieldStart("runs");
    json.writeStartObject();
    writeTool(json, rules);
    writeOriginalUriBaseIds(json);
    json.writeStringField("columnKind", "utf16CodeUnits");
    json.writeArrayFieldStart("results");
    for (Finding finding : result.findings()) {
      writeResult(json, finding, ruleIndex.get(finding.ruleId()));
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    JsonOutput.finish(json, out);
  }

  private void writeTool(JsonGenerator json, List<RuleInfo> rules) throws IOException {
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", tool.name());
    json.writeStringField("informationUri", tool.informationUri());
    json.writeStringField("version", tool.version());
    json.writeStringField("semanticVersion", tool.version());
    json.writeArrayFieldStart("rules");
    for (RuleInfo rule : rules) {
      writeRule(json, rule);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private void writeRule(JsonGenerator json, RuleInfo rule) throws IOException {
    String helpUri = tool.ruleDocUri(rule.id());
    String page = docs.page(rule.id()).orElse(null);
    String fullDescription =
        page == null ? rule.title() : RuleDocs.firstParagraph(page).orElse(rule.title());

    json.writeStartObject();
    json.writeStringField("id", rule.id());
    json.writeStringField("name", pascalCase(rule.id()));
    writeMessage(json, "shortDescription", limit(rule.title()));
    writeMessage(json, "fullDescription", limit(fullDescription));
    json.writeObjectFieldStart("defaultConfiguration");
    json.writeStringField("level", rule.severity().label());
    if (!rule.enabledByDefault()) {
      json.writeBooleanField("enabled", false);
    }
    json.writeEndObject();
    json.writeStringField("helpUri", helpUri);
    json.writeObjectFieldStart("help");
    json.writeStringField("text", rule.title() + "\n\nSee " + helpUri);
    json.writeStringField(
        "markdown",
        page != null ? page : "**" + rule.title() + "**\n\n[" + rule.id() + "](" + helpUri + ")");
    json.writeEndObject();
    writeRuleProperties(json, rule);
    json.writeEndObject();
  }

  private static void writeRuleProperties(JsonGenerator json, RuleInfo rule) throws IOException {
    Set<String> tags = new LinkedHashSet<>();
    tags.add(rule.category());
    tags.addAll(List.of(rule.tags()));
    if (rule.security()) {
      tags.add("security");
    }
    json.writeObjectFieldStart("properties");
    json.writeArrayFieldStart("tags");
    for (String tag : tags) {
      json.writeString(tag);
    }
    json.writeEndArray();
    json.writeStringField("precision", rule.precision());
    if (rule.security()) {
      json.writeStringField("security-severity", securitySeverity(rule.severity()));
    }
    json.writeEndObject();
  }

  /** GitHub maps these to high, medium and low. */
  private static String securitySeverity(Severity severity) {
    return switch (severity) {
      case ERROR -> "8.0";
      case WARNING -> "5.0";
      case NOTE -> "2.0";
    };
  }

  private void writeOriginalUriBaseIds(JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("originalUriBaseIds");
    json.writeObjectFieldStart(SRCROOT);
    if (sourceRoot != null) {
      json.writeStringField("uri", sourceRoot.toString());
    } else {
      writeMessage(json, "description", "The folder apigw-lint ran in.");
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeResult(JsonGenerator json, Finding finding, Integer ruleIndex)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", finding.ruleId());
    if (ruleIndex != null) {
      json.writeNumberField("ruleIndex", ruleIndex);
    }
    json.writeStringField("level", finding.severity().label());
    writeMessage(
        json,
        "message",
        finding.fix() == null ? Headlines.of(finding) : Headlines.of(finding) + "\n\nFix: " + finding.fix());
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    writePhysicalLocation(json, finding.location());
    json.writeEndObject();
    json.writeEndArray();
    if (!finding.related().isEmpty()) {
      json.writeArrayFieldStart("relatedLocations");
      for (int i = 0; i < finding.related().size(); i++) {
        Finding.Related related = finding.related().get(i);
        json.writeStartObject();
        json.writeNumberField("id", i + 1);
        writePhysicalLocation(json, related.location());
        writeMessage(json, "message", related.message());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeObjectFieldStart("partialFingerprints");
    json.writeStringField(FINGERPRINT, finding.fingerprint());
    json.writeEndObject();
    writeProperties(json, finding);
    json.writeEndObject();
  }

  /** The subject, and the variant and construct the message shows, for tools that read them. */
  private static void writeProperties(JsonGenerator json, Finding finding) throws IOException {
    json.writeObjectFieldStart("properties");
    json.writeStringField("subject", finding.subject().key());
    if (finding.when() != null) {
      json.writeStringField("when", finding.when());
    }
    if (finding.construct() != null) {
      json.writeStringField("construct", finding.construct());
    }
    json.writeEndObject();
  }

  private static void writePhysicalLocation(JsonGenerator json, Location location)
      throws IOException {
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    String file = location.file().replace('\\', '/');
    if (ABSOLUTE.matcher(file).matches()) {
      json.writeStringField("uri", Path.of(location.file()).toUri().toString());
    } else {
      json.writeStringField("uri", percentEncode(file));
      json.writeStringField("uriBaseId", SRCROOT);
    }
    json.writeEndObject();
    if (!location.isWholeFile()) {
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", location.line());
      if (location.column() >= 1) {
        json.writeNumberField("startColumn", location.column());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void writeMessage(JsonGenerator json, String field, String text)
      throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("text", text);
    json.writeEndObject();
  }

  /** A relative path as a URI reference: every byte but unreserved characters and {@code /} escaped. */
  static String percentEncode(String path) {
    StringBuilder uri = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c == '/' || c == '-' || c == '.' || c == '_' || c == '~'
          || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        uri.append(c);
      } else {
        uri.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return uri.toString();
  }

  /** {@code private-api-without-policy} → {@code PrivateApiWithoutPolicy}. */
  static String pascalCase(String id) {
    StringBuilder name = new StringBuilder();
    for (String word : id.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return name.toString();
  }

  private static String limit(String text) {
    return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1) + "…";
  }
}
