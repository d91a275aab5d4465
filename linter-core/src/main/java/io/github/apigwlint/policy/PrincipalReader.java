package io.github.apigwlint.policy;

import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a Principal / NotPrincipal element: {@code "*"} or a map of principal types to values. */
final class PrincipalReader {

  private static final List<String> TYPES = List.of("AWS", "Service", "Federated", "CanonicalUser");

  private PrincipalReader() {}

  static PrincipalSpec read(Node node, List<PolicyProblem> problems) {
    if (PolicyParser.isOpaque(node)) {
      return new PrincipalSpec(false, List.of(), List.of(), List.of(), List.of(), true, node);
    }
    if (node instanceof ScalarNode scalar && scalar.isString()) {
      if (!scalar.text().equals("*")) {
        problems.add(
            new PolicyProblem(
                "Principal must be \"*\" or an object such as {\"AWS\": ...}, not "
                    + PolicyParser.describe(node),
                node));
      }
      return new PrincipalSpec(scalar.text().equals("*"), List.of(), List.of(), List.of(), List.of(), false, node);
    }
    if (!(node instanceof ObjectNode object)) {
      problems.add(
          new PolicyProblem(
              "Principal must be \"*\" or an object, not " + PolicyParser.describe(node), node));
      return new PrincipalSpec(false, List.of(), List.of(), List.of(), List.of(), false, node);
    }
    if (object.size() == 0) {
      problems.add(new PolicyProblem("Principal must not be empty", node));
    }
    List<List<PolicyValue>> byType = new ArrayList<>();
    boolean unknown = false;
    for (String type : TYPES) {
      byType.add(StringList.read(object.get(type), "Principal " + type, problems).stream()
          .map(value -> new PolicyValue(Placeholders.markedInPrincipal(value.text()), value.node()))
          .toList());
    }
    for (Map.Entry<String, Node> entry : object.entries().entrySet()) {
      if (!TYPES.contains(entry.getKey())) {
        problems.add(
            PolicyProblem.ofKey(
                "unknown principal type \"" + entry.getKey() + "\" (expected AWS, Service, Federated or CanonicalUser)",
                object, entry.getKey()));
      }
    }
    List<PolicyValue> aws = new ArrayList<>();
    boolean wildcard = false;
    for (PolicyValue value : byType.get(0)) {
      if (value.text().equals("*")) {
        wildcard = true;
      } else {
        aws.add(value);
      }
      unknown |= value.isOpaque();
    }
    return new PrincipalSpec(wildcard, aws, byType.get(1), byType.get(2), byType.get(3), unknown, node);
  }
}
