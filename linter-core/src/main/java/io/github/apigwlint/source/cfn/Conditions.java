package io.github.apigwlint.source.cfn;

import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.Symbols;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The template's named conditions, each evaluated at most once to true, false or unknown (empty). A
 * condition that refers back to itself, directly or through others, is unknown.
 */
final class Conditions {

  private enum Value {
    TRUE,
    FALSE,
    UNKNOWN,
    IN_PROGRESS
  }

  private final ObjectNode definitions;
  private final UnaryOperator<Node> resolver;
  private final Map<String, Value> values = new HashMap<>();
  private final ConditionAssumptions assumed;

  Conditions(ObjectNode definitions, UnaryOperator<Node> resolver, ConditionAssumptions assumed) {
    this.definitions = definitions;
    this.resolver = resolver;
    this.assumed = assumed;
  }

  /**
   * Evaluated on first use and remembered. Synchronized because resolvers may be shared between
   * threads; re-entry from the same thread (a condition whose values hold an Fn::If) is allowed.
   */
  synchronized Optional<Boolean> value(String name) {
    return switch (named(name)) {
      case TRUE -> Optional.of(true);
      case FALSE -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  private Value named(String name) {
    Value known = values.get(name);
    if (known != null) {
      return known == Value.IN_PROGRESS ? Value.UNKNOWN : known;
    }
    Optional<Boolean> assumption = assumed.of(name);
    if (assumption.isPresent()) {
      return assumption.get() ? Value.TRUE : Value.FALSE;
    }
    Node definition = definitions.get(name);
    if (definition == null) {
      return Value.UNKNOWN;
    }
    values.put(name, Value.IN_PROGRESS);
    Value value = evaluate(definition);
    values.put(name, value);
    return value;
  }

  private Value evaluate(Node expression) {
    if (!(expression instanceof ObjectNode object) || object.size() != 1) {
      return Value.UNKNOWN;
    }
    Map.Entry<String, Node> only = object.entries().entrySet().iterator().next();
    Node argument = only.getValue();
    return switch (only.getKey()) {
      case "Condition" -> argument instanceof ScalarNode name ? named(name.text()) : Value.UNKNOWN;
      case "Fn::Equals" -> equalsOf(argument);
      case "Fn::And" -> combine(argument, Value.FALSE);
      case "Fn::Or" -> combine(argument, Value.TRUE);
      case "Fn::Not" -> argument instanceof ArrayNode list && list.size() == 1
          ? not(evaluate(list.items().get(0)))
          : Value.UNKNOWN;
      default -> Value.UNKNOWN;
    };
  }

  private Value equalsOf(Node argument) {
    if (!(argument instanceof ArrayNode list) || list.size() != 2) {
      return Value.UNKNOWN;
    }
    Node a = resolver.apply(list.items().get(0));
    Node b = resolver.apply(list.items().get(1));
    if (a instanceof ScalarNode x && b instanceof ScalarNode y) {
      return compare(x.text(), y.text());
    }
    return Trees.sameValue(a, b) ? Value.TRUE : Value.UNKNOWN;
  }

  /** Equal literals are equal; anything symbolic that is not identical could be either. */
  private static Value compare(String a, String b) {
    if (Symbols.hasOpaque(a) || Symbols.hasOpaque(b)) {
      return Value.UNKNOWN;
    }
    if (a.equals(b)) {
      return Value.TRUE;
    }
    return Symbols.isSymbolic(a) || Symbols.isSymbolic(b) ? Value.UNKNOWN : Value.FALSE;
  }

  /** And (decider FALSE) or Or (decider TRUE) in three-valued logic. */
  private Value combine(Node argument, Value decider) {
    if (!(argument instanceof ArrayNode list) || list.size() == 0) {
      return Value.UNKNOWN;
    }
    boolean unknown = false;
    for (Node operand : list.items()) {
      Value value = evaluate(operand);
      if (value == decider) {
        return decider;
      }
      unknown |= value == Value.UNKNOWN;
    }
    return unknown ? Value.UNKNOWN : not(decider);
  }

  private static Value not(Value value) {
    return switch (value) {
      case TRUE -> Value.FALSE;
      case FALSE -> Value.TRUE;
      default -> Value.UNKNOWN;
    };
  }
}
