package io.github.apigwlint.source.cfn;

import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The conditions a template cannot decide that choose access configuration: those named by an
 * {@code Fn::If} inside the properties that carry policies, endpoint types, authorization or API
 * definitions. A run reads such a template once per assignment of at most {@link #MAX} of them, in
 * order of first appearance; any further ones stay opaque.
 */
public final class UndecidedConditions {

  /** At most 2^3 = 8 variants of a template. */
  public static final int MAX = 3;

  private static final Set<String> ACCESS_PROPERTIES = Set.of(
      "Policy", "PolicyDocument", "AssumeRolePolicyDocument", "Policies", "EndpointConfiguration", "Auth",
      "Body", "DefinitionBody", "Domain", "Events", "AuthorizationType", "DomainNameConfigurations");

  private UndecidedConditions() {}

  public static List<String> of(ObjectNode template, TemplateResolver resolver) {
    List<String> found = new ArrayList<>();
    if (template.get("Resources") instanceof ObjectNode resources) {
      for (Node resource : resources.entries().values()) {
        if (resource instanceof ObjectNode body && body.get("Properties") instanceof ObjectNode properties) {
          properties.entries().forEach((key, value) -> {
            if (ACCESS_PROPERTIES.contains(key)) {
              collect(value, resolver, found);
            }
          });
        }
      }
    }
    return found;
  }

  private static void collect(Node value, TemplateResolver resolver, List<String> found) {
    if (found.size() >= MAX) {
      return;
    }
    if (value instanceof ObjectNode object) {
      if (object.size() == 1
          && object.get("Fn::If") instanceof ArrayNode arguments
          && arguments.size() == 3
          && arguments.items().get(0) instanceof ScalarNode name
          && resolver.condition(name.text()).isEmpty()
          && !found.contains(name.text())) {
        found.add(name.text());
      }
      object.entries().values().forEach(child -> collect(child, resolver, found));
    } else if (value instanceof ArrayNode array) {
      array.items().forEach(child -> collect(child, resolver, found));
    }
  }
}
