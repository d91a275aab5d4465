package io.github.apigwlint.source;

import java.util.Set;

/** Tells what a parsed document is from its top-level keys. */
final class FormatDetector {

  private static final Set<String> POLICY_KEYS = Set.of("Version", "Id", "Statement");
  private static final Set<String> TERRAFORM_BLOCKS =
      Set.of("resource", "data", "variable", "locals", "output", "module", "provider", "terraform", "import", "moved", "check");

  private FormatDetector() {}

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
    if (object.get("resource") instanceof ObjectNode && TERRAFORM_BLOCKS.containsAll(object.entries().keySet())) {
      return Format.TERRAFORM_CONFIG;
    }
    return Format.UNKNOWN;
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
