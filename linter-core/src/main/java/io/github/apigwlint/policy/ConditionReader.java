package io.github.apigwlint.policy;

import io.github.apigwlint.policy.ConditionClause.SetQualifier;
import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.Symbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a Condition block: operator → key → value or values. */
final class ConditionReader {

  private static final String FOR_ANY = "ForAnyValue:";
  private static final String FOR_ALL = "ForAllValues:";
  private static final String IF_EXISTS = "IfExists";

  private ConditionReader() {}

  static List<ConditionClause> read(Node node, List<PolicyProblem> problems) {
    List<ConditionClause> clauses = new ArrayList<>();
    if (!(node instanceof ObjectNode block)) {
      problems.add(
          new PolicyProblem("Condition must be an object, not " + PolicyParser.describe(node), node));
      return clauses;
    }
    for (Map.Entry<String, Node> entry : block.entries().entrySet()) {
      String name = entry.getKey();
      ParsedOperator parsed = ParsedOperator.parse(name);
      if (parsed == null) {
        problems.add(PolicyProblem.ofKey(unknownOperatorMessage(name), block, name));
        continue;
      }
      keys(name, parsed, entry.getValue(), clauses, problems);
    }
    return clauses;
  }

  private static void keys(
      String name, ParsedOperator op, Node node, List<ConditionClause> clauses, List<PolicyProblem> problems) {
    if (PolicyParser.isOpaque(node)) {
      clauses.add(new ConditionClause(name, op.operator, op.ifExists, op.qualifier, null, List.of(), true, node));
      return;
    }
    if (!(node instanceof ObjectNode keys)) {
      problems.add(
          new PolicyProblem(
              "condition operator " + name + " must map keys to values, not " + PolicyParser.describe(node),
              node));
      return;
    }
    for (Map.Entry<String, Node> entry : keys.entries().entrySet()) {
      PolicyValue key = new PolicyValue(entry.getKey(), keyNode(keys, entry.getKey()));
      Node valueNode = entry.getValue();
      boolean unknown = PolicyParser.isOpaque(valueNode) && !isImport(valueNode);
      List<PolicyValue> values = unknown ? List.of() : values(valueNode, name, problems);
      clauses.add(new ConditionClause(name, op.operator, op.ifExists, op.qualifier, key, values, unknown, valueNode));
    }
  }

  /** An import is one string, the value another stack exports, where another opaque value may be a list. */
  private static boolean isImport(Node node) {
    return node instanceof ScalarNode scalar && Symbols.isImport(scalar.text());
  }

  /** The key's own location: a scalar node standing where the key was written. */
  private static Node keyNode(ObjectNode object, String key) {
    ObjectNode.Key k = object.key(key);
    return ScalarNode.string(key, k.location(), object.pointer() + "/" + key.replace("~", "~0").replace("/", "~1"));
  }

  /** Values may be strings, numbers or booleans (quotes optional), alone or in an array. */
  private static List<PolicyValue> values(Node node, String operator, List<PolicyProblem> problems) {
    List<PolicyValue> values = new ArrayList<>();
    List<Node> items = node instanceof ArrayNode array ? array.items() : List.of(node);
    if (node instanceof ArrayNode array && array.size() == 0) {
      problems.add(new PolicyProblem("condition " + operator + " has an empty value list", node));
    }
    for (Node item : items) {
      if (item instanceof ScalarNode scalar && !scalar.isNull()) {
        values.add(new PolicyValue(Placeholders.marked(scalar.text()), item));
      } else {
        problems.add(
            new PolicyProblem(
                "condition values must be strings, numbers or booleans, not " + PolicyParser.describe(item),
                item));
      }
    }
    return values;
  }

  private static String unknownOperatorMessage(String name) {
    String base = stripQualifiers(name);
    if (base.equals(ConditionOperator.Null.name())) {
      return "condition operator Null does not take IfExists";
    }
    return ConditionOperator.byNameIgnoreCase(base)
        .map(op -> "unknown condition operator \"" + name + "\" (operator names are case-sensitive: " + op.name() + ")")
        .orElse("unknown condition operator \"" + name + "\"");
  }

  private static String stripQualifiers(String name) {
    String base = name;
    if (base.regionMatches(true, 0, FOR_ANY, 0, FOR_ANY.length())) {
      base = base.substring(FOR_ANY.length());
    } else if (base.regionMatches(true, 0, FOR_ALL, 0, FOR_ALL.length())) {
      base = base.substring(FOR_ALL.length());
    }
    if (base.regionMatches(true, Math.max(0, base.length() - IF_EXISTS.length()), IF_EXISTS, 0, IF_EXISTS.length())) {
      base = base.substring(0, base.length() - IF_EXISTS.length());
    }
    return base;
  }

  /** An operator name split into qualifier, base operator and IfExists. */
  private record ParsedOperator(ConditionOperator operator, boolean ifExists, SetQualifier qualifier) {

    static ParsedOperator parse(String name) {
      SetQualifier qualifier = SetQualifier.NONE;
      String rest = name;
      if (rest.startsWith(FOR_ANY)) {
        qualifier = SetQualifier.FOR_ANY_VALUE;
        rest = rest.substring(FOR_ANY.length());
      } else if (rest.startsWith(FOR_ALL)) {
        qualifier = SetQualifier.FOR_ALL_VALUES;
        rest = rest.substring(FOR_ALL.length());
      }
      boolean ifExists = rest.endsWith(IF_EXISTS) && ConditionOperator.byName(rest).isEmpty();
      if (ifExists) {
        rest = rest.substring(0, rest.length() - IF_EXISTS.length());
      }
      ConditionOperator op = ConditionOperator.byName(rest).orElse(null);
      if (op == null || ifExists && op == ConditionOperator.Null) {
        return null;
      }
      return new ParsedOperator(op, ifExists, qualifier);
    }
  }
}
