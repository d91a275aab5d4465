package io.github.apigwlint.source;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells what a document is: from its top-level keys once it is parsed, and, for text that does not
 * parse, whether markers of the same formats stand in it, so that a broken template is still a
 * problem while a broken file of another tool is passed over.
 */
final class FormatDetector {

  private static final Set<String> POLICY_KEYS = Set.of("Version", "Id", "Statement");

  private static final Pattern TEMPLATE_VERSION = Pattern.compile("AWSTemplateFormatVersion");
  private static final Pattern RESOURCES = key("Resources");
  private static final Pattern AWS_RESOURCE_TYPE = Pattern.compile("[\"']?Type[\"']?\\s*:\\s*[\"']?AWS::");
  private static final Pattern AWS_TRANSFORM = keyWithValue("Transform", "[\\s\\[\"'-]*AWS::");
  private static final Pattern STATEMENT = key("Statement");
  private static final Pattern EFFECT = Pattern.compile("[\"']?Effect[\"']?\\s*:\\s*[\"']?(Allow|Deny)\\b");
  private static final Pattern POLICY_VERSION = Pattern.compile("20(12|08)-10-17");
  private static final Pattern OPENAPI = keyWithValue("(openapi|swagger)", "\\s*[\"']?[23]\\.");
  private static final Pattern PLAN_FORMAT = key("format_version");
  private static final Pattern PLAN_CONTENT = key("(planned_values|resource_changes)");

  private FormatDetector() {}

  /** The format of a parsed document, {@link Format#UNKNOWN} when it is none of ours. */
  static Format detect(Node root) {
    if (!(root instanceof ObjectNode object)) {
      return Format.UNKNOWN;
    }
    if (isCloudFormation(object)) {
      return Format.CLOUDFORMATION;
    }
    if (object.has("Statement") && POLICY_KEYS.containsAll(object.entries().keySet())) {
      return Format.POLICY;
    }
    if (object.has("swagger") || object.has("openapi")) {
      return Format.OPENAPI;
    }
    if (object.has("format_version")
        && (object.has("planned_values") || object.has("resource_changes") || object.has("values"))) {
      return Format.TERRAFORM_PLAN;
    }
    return Format.UNKNOWN;
  }

  /**
   * Whether text that did not parse shows the markers of a template ({@code AWSTemplateFormatVersion},
   * {@code Resources} with a {@code Type: AWS::…}, an {@code AWS::} transform), a policy ({@code
   * Statement} with an {@code Effect} or the policy language version), an OpenAPI definition
   * ({@code openapi: 3…}, {@code swagger: 2…}) or a Terraform plan.
   */
  static boolean markedInText(String text) {
    return TEMPLATE_VERSION.matcher(text).find()
        || (RESOURCES.matcher(text).find() && AWS_RESOURCE_TYPE.matcher(text).find())
        || AWS_TRANSFORM.matcher(text).find()
        || (STATEMENT.matcher(text).find() && (EFFECT.matcher(text).find() || POLICY_VERSION.matcher(text).find()))
        || OPENAPI.matcher(text).find()
        || (PLAN_FORMAT.matcher(text).find() && PLAN_CONTENT.matcher(text).find());
  }

  /**
   * A key where a document's own keys stand: at the start of a line (YAML's top level) or after
   * {@code {} or {@code ,} (JSON, YAML flow mappings), quoted or not. Indented YAML keys, those of
   * the values of other tools' files, are not markers.
   */
  private static Pattern key(String name) {
    return keyWithValue(name, "");
  }

  private static Pattern keyWithValue(String name, String value) {
    return Pattern.compile("(?:^|[{,]\\s*)[\"']?" + name + "[\"']?\\s*:" + value, Pattern.MULTILINE);
  }

  private static boolean isCloudFormation(ObjectNode object) {
    return object.get("Resources") instanceof ObjectNode
        || object.has("AWSTemplateFormatVersion")
        || namesTemplateMacro(object.get("Transform"));
  }

  /** The SAM transform, or {@code AWS::Include} over the whole template: macros only templates name. */
  private static boolean namesTemplateMacro(Node transform) {
    if (transform instanceof ScalarNode scalar) {
      return scalar.text().startsWith("AWS::Serverless");
    }
    if (transform instanceof ObjectNode call) {
      return call.get("Name") instanceof ScalarNode name && name.text().equals("AWS::Include");
    }
    return transform instanceof ArrayNode list && list.items().stream().anyMatch(FormatDetector::namesTemplateMacro);
  }
}
