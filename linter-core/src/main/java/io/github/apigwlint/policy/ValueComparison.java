package io.github.apigwlint.policy;

import io.github.apigwlint.source.Symbols;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * One policy value against one request value under an operator, ignoring its negation (the caller
 * negates). Values holding opaque symbols give UNKNOWN; unparseable values never match.
 */
final class ValueComparison {

  private static final Memo<Optional<CidrBlock>> NETWORKS = new Memo<>(CidrBlock::parse);

  private final ConditionOperator operator;
  private final boolean variablesEnabled;
  private final RequestContext context;

  ValueComparison(ConditionOperator operator, boolean variablesEnabled, RequestContext context) {
    this.operator = operator;
    this.variablesEnabled = variablesEnabled;
    this.context = context;
  }

  Tri matches(String written, String requestValue) {
    String policyValue = context.withBoundSymbols(written);
    return switch (operator.family()) {
      case STRING, ARN, BOOL -> substituted(policyValue, requestValue);
      case NUMERIC -> ordered(policyValue, requestValue, ValueComparison::number);
      case DATE -> ordered(policyValue, requestValue, DateValue::parse);
      case BINARY -> Glob.equal(policyValue, requestValue, false);
      case IP -> ip(policyValue, requestValue);
      case NULL -> Tri.FALSE;
    };
  }

  private Tri substituted(String policyValue, String requestValue) {
    boolean substitute = variablesEnabled && operator.family().allowsVariables();
    PolicyVariables.Result result = PolicyVariables.substitute(policyValue, substitute, context::values);
    if (result instanceof PolicyVariables.Unknown) {
      return Tri.UNKNOWN;
    }
    if (result instanceof PolicyVariables.Unresolved) {
      return Tri.FALSE;
    }
    Glob pattern = ((PolicyVariables.Resolved) result).pattern();
    return switch (operator) {
      case StringEquals, StringNotEquals -> Glob.equal(pattern.text(), requestValue, false);
      case StringEqualsIgnoreCase, StringNotEqualsIgnoreCase, Bool ->
          Glob.equal(pattern.text(), requestValue, true);
      case StringLike, StringNotLike -> pattern.matches(requestValue);
      default -> ArnMatcher.matches(pattern, requestValue);
    };
  }

  private interface Parser<T> {
    Optional<T> parse(String text);
  }

  private <T extends Comparable<T>> Tri ordered(String policyValue, String requestValue, Parser<T> parser) {
    if (Symbols.hasOpaque(policyValue) || Symbols.hasOpaque(requestValue)) {
      return Tri.UNKNOWN;
    }
    Optional<T> expected = parser.parse(policyValue);
    Optional<T> actual = parser.parse(requestValue);
    if (expected.isEmpty() || actual.isEmpty()) {
      return Tri.FALSE;
    }
    int c = actual.get().compareTo(expected.get());
    return Tri.of(switch (operator) {
      case NumericEquals, NumericNotEquals, DateEquals, DateNotEquals -> c == 0;
      case NumericLessThan, DateLessThan -> c < 0;
      case NumericLessThanEquals, DateLessThanEquals -> c <= 0;
      case NumericGreaterThan, DateGreaterThan -> c > 0;
      case NumericGreaterThanEquals, DateGreaterThanEquals -> c >= 0;
      default -> false;
    });
  }

  private static Tri ip(String policyValue, String requestValue) {
    if (Symbols.hasOpaque(policyValue) || Symbols.hasOpaque(requestValue)) {
      return Tri.UNKNOWN;
    }
    return Tri.of(NETWORKS.get(policyValue).map(block -> block.contains(requestValue)).orElse(false));
  }

  private static Optional<BigDecimal> number(String text) {
    try {
      return Optional.of(new BigDecimal(text.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Dates: W3C ISO 8601 (date, or date-time with zone) or epoch seconds. */
  static final class DateValue {
    private DateValue() {}

    static Optional<Instant> parse(String text) {
      String t = text.trim();
      if (t.matches("-?\\d+(\\.\\d+)?")) {
        return Optional.of(Instant.ofEpochMilli(new BigDecimal(t).movePointRight(3).longValue()));
      }
      try {
        if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
          return Optional.of(java.time.LocalDate.parse(t).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        }
        return Optional.of(java.time.OffsetDateTime.parse(t).toInstant());
      } catch (java.time.format.DateTimeParseException e) {
        return Optional.empty();
      }
    }
  }
}
