package io.github.apigwlint.engine;

import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Format;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.Pointers;
import io.github.apigwlint.source.SourceFile;
import io.github.apigwlint.source.SourceProblem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code duplicate-key} problems of the files a run read: a key written more than once in one
 * mapping, reported at the last writing, whose value the tree keeps as the AWS CLI and SAM CLI
 * (Python's JSON and YAML readers) do, with the dropped ones as related places. Not inside a policy
 * document, where IAM refuses the policy and {@code policy-grammar} reports the key, nor in Terraform's
 * files, where Terraform refuses it and a repeated address is a {@code parse-error}.
 */
final class DuplicateKeys {

  private DuplicateKeys() {}

  static List<SourceProblem> of(Collection<SourceFile> files, List<PolicyDocument> policies) {
    Map<Location, SourceProblem> found = new LinkedHashMap<>();
    Map<String, List<String>> policyRootsByFile = policies.stream().collect(Collectors.groupingBy(
        policy -> policy.source().location().file(), Collectors.mapping(policy -> policy.source().pointer(), Collectors.toList())));
    for (SourceFile file : files) {
      if (!file.format().ofTerraformModule()) {
        List<String> policyRoots = policyRootsByFile.getOrDefault(file.displayPath(), List.of());
        // an included snippet is met in its own file and in the template that includes it: once
        mappingsWithDuplicates(file.root()).stream()
            .filter(mapping -> !inside(mapping.pointer(), policyRoots))
            .forEach(mapping -> report(mapping, file.format(), found));
      }
    }
    return List.copyOf(found.values());
  }

  /** Without recursion: a tree as deep as the run's depth limit allows must not need the stack. */
  private static List<ObjectNode> mappingsWithDuplicates(Node root) {
    List<ObjectNode> found = new ArrayList<>();
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node instanceof ObjectNode object) {
        if (!object.duplicates().isEmpty()) {
          found.add(object);
        }
        object.entries().values().forEach(pending::push);
      } else if (node instanceof ArrayNode array) {
        array.items().forEach(pending::push);
      }
    }
    return found;
  }

  private static boolean inside(String pointer, List<String> roots) {
    return roots.stream().anyMatch(root -> pointer.equals(root) || pointer.startsWith(root.endsWith("/") ? root : root + "/"));
  }

  /** One problem per key, at the writing kept, naming every writing ignored. */
  private static void report(ObjectNode mapping, Format format, Map<Location, SourceProblem> found) {
    Map<String, List<ObjectNode.Key>> ignored = new LinkedHashMap<>();
    mapping.duplicates().forEach(d -> ignored.computeIfAbsent(d.earlier().name(), name -> new ArrayList<>()).add(d.earlier()));
    ignored.forEach((name, earlier) -> {
      ObjectNode.Key kept = mapping.key(name);
      String times = earlier.size() == 1 ? "twice" : (earlier.size() + 1) + " times";
      List<String> places = earlier.stream().map(key -> place(key.location(), kept.location())).toList();
      String message = "`" + name + "` is written " + times + " in this mapping; the AWS CLI and SAM CLI keep this value and drop the "
          + (places.size() == 1 ? "one at " + places.get(0) : "ones at " + String.join(", ", places.subList(0, places.size() - 1)) + " and " + places.get(places.size() - 1)) + undefined(format);
      found.putIfAbsent(kept.location(), new SourceProblem(SourceProblem.Kind.DUPLICATE_KEY, message, kept.location(),
          Pointers.child(mapping.pointer(), name),
          earlier.stream().map(key -> new SourceProblem.Related(key.location(), "`" + name + "` written before, dropped")).toList()));
    });
  }

  private static String undefined(Format format) {
    return format == Format.CLOUDFORMATION ? " (CloudFormation documents a template with duplicate keys as undefined behaviour)" : "";
  }

  private static String place(Location earlier, Location kept) {
    if (!earlier.file().equals(kept.file())) {
      return earlier.toString();
    }
    return earlier.line() == kept.line() ? "column " + earlier.column() + " of this line" : "line " + earlier.line();
  }
}
