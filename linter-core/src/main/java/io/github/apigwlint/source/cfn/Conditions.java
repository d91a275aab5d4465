package io.github.apigwlint.source.cfn;

import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Budget;
import io.github.apigwlint.source.LimitExceeded;
import io.github.apigwlint.source.Limits.Limit;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.Symbols;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The template's named conditions, each evaluated at most once to true, false or unknown (empty). A
 * condition that refers back to itself, directly or through others, is unknown. A chain of conditions
 * (and of {@code Fn::And}, {@code Fn::Or}, {@code Fn::Not} inside them) longer than the run's
 * {@link Limit#REFERENCE_CHAIN} is a {@link LimitExceeded} where it goes past the limit.
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
  /** The conditions and operators being evaluated, each inside the one before. */
  private int nesting;

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

  /**
   * Evaluates {@code name} after the conditions it refers to, deepest first, so that a chain of
   * references is a path of this loop rather than a chain of calls; those on the path are in progress,
   * as they would be were each evaluated inside the one that refers to it.
   */
  private Value named(String name) {
    Value known = known(name);
    if (known != null) {
      return known;
    }
    Deque<Reference> path = new ArrayDeque<>();
    path.push(start(name));
    while (!path.isEmpty()) {
      Budget.checkTime();
      Reference top = path.peek();
      if (top.next.hasNext()) {
        String next = top.next.next();
        if (known(next) == null) {
          LimitExceeded.check(Limit.REFERENCE_CHAIN, path.size() + 1L, "the chain of conditions from " + name,
              definitions.get(next).location());
          path.push(start(next));
        }
      } else {
        path.pop();
        values.put(top.name, evaluate(definitions.get(top.name)));
      }
    }
    return values.get(name);
  }

  /** A condition whose evaluation has begun, with the conditions it refers to left to evaluate first. */
  private record Reference(String name, Iterator<String> next) {}

  private Reference start(String name) {
    values.put(name, Value.IN_PROGRESS);
    return new Reference(name, referencesOf(definitions.get(name)).iterator());
  }

  /** The value of a condition that needs no evaluation (done, in progress, assumed or undefined), else null. */
  private Value known(String name) {
    Value known = values.get(name);
    if (known != null) {
      return known == Value.IN_PROGRESS ? Value.UNKNOWN : known;
    }
    Optional<Boolean> assumption = assumed.of(name);
    if (assumption.isPresent()) {
      return assumption.get() ? Value.TRUE : Value.FALSE;
    }
    return definitions.get(name) == null ? Value.UNKNOWN : null;
  }

  /** The conditions an expression names, in {@code Condition} and in {@code Fn::If}, in order of appearance. */
  private static Set<String> referencesOf(Node expression) {
    Set<String> names = new LinkedHashSet<>();
    Deque<Node> left = new ArrayDeque<>(List.of(expression));
    while (!left.isEmpty()) {
      Budget.checkTime();
      Node node = left.pop();
      if (node instanceof ObjectNode object) {
        if (object.get("Condition") instanceof ScalarNode name) {
          names.add(name.text());
        }
        if (object.get("Fn::If") instanceof ArrayNode arguments && arguments.size() > 0 && arguments.items().get(0) instanceof ScalarNode name) {
          names.add(name.text());
        }
        pushReversed(left, List.copyOf(object.entries().values()));
      } else if (node instanceof ArrayNode array) {
        pushReversed(left, array.items());
      }
    }
    return names;
  }

  private static void pushReversed(Deque<Node> stack, List<Node> nodes) {
    for (int i = nodes.size() - 1; i >= 0; i--) {
      stack.push(nodes.get(i));
    }
  }

  private Value evaluate(Node expression) {
    if (!(expression instanceof ObjectNode object) || object.size() != 1) {
      return Value.UNKNOWN;
    }
    LimitExceeded.check(Limit.REFERENCE_CHAIN, nesting + 1L, "the conditions nested in one another", expression.location());
    nesting++;
    try {
      return operation(object);
    } finally {
      nesting--;
    }
  }

  private Value operation(ObjectNode object) {
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
