package io.github.apigwlint.model.build;

import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The few Terraform functions and operators that decide how many instances a block has ({@code
 * toset}, {@code compact}, {@code length}, comparisons, and {@code sensitive}, which only marks its value), over values {@link TerraformEvaluator} decided: {@link
 * Boolean}, {@link BigDecimal}, {@link String}, or the tree of a collection. Empty when the value
 * is not of the type the function takes.
 */
final class TerraformFunctions {

  private TerraformFunctions() {}

  /** A call with one decided argument; other functions are not known here. */
  static Optional<Object> call(String name, Object argument) {
    return switch (name) {
      case "toset", "tolist" -> argument instanceof ArrayNode ? Optional.of(argument) : Optional.empty();
      case "tomap" -> argument instanceof ObjectNode ? Optional.of(argument) : Optional.empty();
      case "sensitive" -> Optional.of(argument);
      case "compact" -> argument instanceof ArrayNode list ? Optional.of(compact(list)) : Optional.empty();
      case "length" -> length(argument).map(BigDecimal::valueOf);
      default -> Optional.empty();
    };
  }

  /** The list without its null and empty strings. */
  private static ArrayNode compact(ArrayNode list) {
    ArrayNode compacted = new ArrayNode(list.location(), list.path());
    list.items().stream()
        .filter(item -> !(item instanceof ScalarNode scalar && (scalar.isNull() || scalar.isString() && scalar.text().isEmpty())))
        .forEach(compacted::add);
    return compacted;
  }

  private static Optional<Integer> length(Object value) {
    if (value instanceof ArrayNode list) {
      return Optional.of(list.size());
    }
    if (value instanceof ObjectNode map) {
      return Optional.of(map.entries().size());
    }
    return value instanceof String text ? Optional.of(text.codePointCount(0, text.length())) : Optional.empty();
  }

  /** {@code <}, {@code >}, {@code <=}, {@code >=} over two numbers (or strings of numbers, as Terraform converts them). */
  static Optional<Object> compare(String operator, Object left, Object right) {
    return number(left).flatMap(a -> number(right).map(b -> {
      int order = a.compareTo(b);
      return switch (operator) {
        case "<" -> order < 0;
        case ">" -> order > 0;
        case "<=" -> order <= 0;
        default -> order >= 0;
      };
    }));
  }

  /** A whole number from 0 up to {@code bound} (excluded), as a count or a list index must be; empty otherwise. */
  static Optional<Integer> index(Object value, int bound) {
    return number(value)
        .filter(n -> n.signum() >= 0 && n.stripTrailingZeros().scale() <= 0 && n.compareTo(BigDecimal.valueOf(bound)) < 0)
        .map(BigDecimal::intValue);
  }

  /** A number, or a string Terraform would convert to one. */
  static Optional<BigDecimal> number(Object value) {
    if (value instanceof BigDecimal number) {
      return Optional.of(number);
    }
    if (value instanceof String text) {
      try {
        return Optional.of(new BigDecimal(text));
      } catch (NumberFormatException notANumber) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
