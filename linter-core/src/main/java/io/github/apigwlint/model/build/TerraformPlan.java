package io.github.apigwlint.model.build;

import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.SourceProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The managed resources of {@code terraform show -json} output, plan or state (reference §8.4).
 * Resources come from {@code planned_values} (plan) or {@code values} (state), recursively through
 * child modules; what is unknown until apply from {@code resource_changes[].change.after_unknown};
 * references from the {@code configuration} expressions. Locations point at the resource in the plan JSON.
 * An entry that is not what Terraform writes (a resource without a string {@code type}, an item
 * that is not an object) is a problem at its place, and the rest of the plan is read.
 */
final class TerraformPlan {

  private final List<ObjectNode> planned = new ArrayList<>();
  private final Map<String, Set<String>> unknown = new HashMap<>();
  /** Per configuration address (no instance keys), the references of each attribute. */
  private final Map<String, Map<String, List<String>>> references = new HashMap<>();

  private final List<SourceProblem> problems;

  private TerraformPlan(ObjectNode root, List<SourceProblem> problems) {
    this.problems = problems;
    Optional<ObjectNode> values = Values.object(root, "planned_values").or(() -> Values.object(root, "values"));
    values.flatMap(v -> Values.object(v, "root_module")).ifPresent(this::collect);
    for (Node change : items(root, "resource_changes")) {
      wellFormed(change, List.of("address")).ifPresent(c -> Values.object(c, "change")
          .flatMap(ch -> Values.object(ch, "after_unknown"))
          .ifPresent(u -> unknown.put(Values.text(c, "address"), flagged(u))));
    }
    Values.object(root, "configuration").flatMap(c -> Values.object(c, "root_module")).ifPresent(m -> configuration(m, ""));
  }

  /** The resources of the plan or state {@code root}; what cannot be read of it goes to {@code problems}. */
  static List<TerraformResource> resources(ObjectNode root, List<SourceProblem> problems) {
    return new TerraformPlan(root, problems).resources();
  }

  /**
   * The entry as an object whose {@code keys} hold strings, or empty after a problem at it that
   * says what it lacks.
   */
  private Optional<ObjectNode> wellFormed(Node entry, List<String> keys) {
    if (!(entry instanceof ObjectNode object)) {
      problems.add(new SourceProblem(entry.pointer() + ": not an object; it is not read", entry.location(), entry.pointer()));
      return Optional.empty();
    }
    for (String key : keys) {
      if (!(object.get(key) instanceof ScalarNode scalar && scalar.isString())) {
        problems.add(new SourceProblem(entry.pointer() + ": `" + key + "` is not a string; the entry is not read", entry.location(), entry.pointer()));
        return Optional.empty();
      }
    }
    return Optional.of(object);
  }

  private List<TerraformResource> resources() {
    List<TerraformResource> resources = new ArrayList<>();
    for (ObjectNode item : planned) {
      String address = Values.text(item, "address");
      String configurationAddress = TerraformResourceReader.withoutIndex(address);
      ObjectNode values = Values.object(item, "values").orElse(new ObjectNode(item.location(), item.path()));
      resources.add(new TerraformResource(address, Values.text(item, "type"), values,
          unknown.getOrDefault(address, Set.of()),
          references.getOrDefault(configurationAddress, Map.of()), item.location(), references.containsKey(configurationAddress)));
    }
    return resources;
  }

  private static Set<String> flagged(ObjectNode afterUnknown) {
    Set<String> flagged = new HashSet<>();
    afterUnknown.entries().forEach((attribute, flag) -> {
      if (flag instanceof ScalarNode scalar && scalar.text().equals("true")) {
        flagged.add(attribute);
      }
    });
    return flagged;
  }

  private void collect(ObjectNode module) {
    for (Node item : items(module, "resources")) {
      if (!(item instanceof ObjectNode resource) || "managed".equals(Optional.ofNullable(Values.text(resource, "mode")).orElse("managed"))) {
        wellFormed(item, List.of("address", "type")).ifPresent(planned::add);
      }
    }
    items(module, "child_modules").forEach(child -> wellFormed(child, List.of()).ifPresent(this::collect));
  }

  /** The items of the list under {@code key}: none when there is none, and a problem when it is not a list. */
  private List<Node> items(ObjectNode parent, String key) {
    Node value = parent.get(key);
    if (value == null || value instanceof ArrayNode) {
      return value == null ? List.of() : ((ArrayNode) value).items();
    }
    problems.add(new SourceProblem(value.pointer() + ": not a list; it is not read", value.location(), value.pointer()));
    return List.of();
  }

  /** {@code expressions.<attr>.references} per resource address, for links unknown at plan time. */
  private void configuration(ObjectNode module, String prefix) {
    if (module.get("resources") instanceof ArrayNode list) {
      for (Node item : list.items()) {
        Optional<ObjectNode> resource = Values.object(item);
        String address = resource.map(r -> Values.text(r, "address")).orElse(null);
        if (address == null) {
          continue;
        }
        Map<String, List<String>> byAttribute = references.computeIfAbsent(prefix + address, a -> new HashMap<>());
        resource.map(r -> r.get("depends_on")).ifPresent(d -> byAttribute.put("depends_on", prefixed(Values.texts(d), prefix)));
        resource.flatMap(r -> Values.object(r, "expressions")).ifPresent(expressions -> expressions.entries().forEach((attribute, expression) ->
            Values.object(expression).ifPresent(e -> byAttribute.put(attribute, prefixed(Values.texts(e.get("references")), prefix)))));
      }
    }
    if (module.get("module_calls") instanceof ObjectNode calls) {
      for (var call : calls.entries().entrySet()) {
        Values.object(call.getValue()).flatMap(c -> Values.object(c, "module"))
            .ifPresent(m -> configuration(m, prefix + "module." + call.getKey() + "."));
      }
    }
  }

  private static List<String> prefixed(List<String> references, String prefix) {
    return references.stream().map(r -> prefix + r).toList();
  }
}
