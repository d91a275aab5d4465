package io.github.apigwlint.policy;

import io.github.apigwlint.source.Symbols;
import java.util.List;
import java.util.function.Function;

/**
 * Substitutes policy variables ({@code ${aws:username}}, {@code ${aws:PrincipalTag/team, 'x'}}) and
 * the escapes {@code ${*}}, {@code ${?}}, {@code ${$}} (§7.7). Substituted text is literal: a
 * {@code *} coming from a variable value or from {@code ${*}} is not a wildcard.
 */
public final class PolicyVariables {

  private PolicyVariables() {}

  /** The outcome of substituting one policy string. */
  public sealed interface Result {}

  /** Every variable had a value (or a default). */
  public record Resolved(Glob pattern) implements Result {}

  /** A variable has no value and no default: the string matches nothing (negated operators: true). */
  public record Unresolved(String variable) implements Result {}

  /** A variable's value is an opaque symbol: whether it matches is unknown. */
  public record Unknown(String variable) implements Result {}

  /**
   * @param enabled false under Version 2008-10-17 or without Version: the text stays literal
   * @param lookup the request context: key (case-insensitive) to its values, empty when absent
   */
  public static Result substitute(String text, boolean enabled, Function<String, List<String>> lookup) {
    if (!enabled || !text.contains("${")) {
      return new Resolved(Glob.of(text));
    }
    Glob.Builder out = new Glob.Builder();
    int i = 0;
    while (i < text.length()) {
      int start = text.indexOf("${", i);
      int end = start < 0 ? -1 : text.indexOf('}', start + 2);
      if (start < 0 || end < 0) {
        out.wildcards(text.substring(i));
        break;
      }
      out.wildcards(text.substring(i, start));
      String body = text.substring(start + 2, end);
      Result value = variable(body, lookup, out);
      if (value != null) {
        return value;
      }
      i = end + 1;
    }
    return new Resolved(out.build());
  }

  /** Appends the variable's value; returns a non-null result only when substitution must stop. */
  private static Result variable(String body, Function<String, List<String>> lookup, Glob.Builder out) {
    if (body.equals("*") || body.equals("?") || body.equals("$")) {
      out.literal(body);
      return null;
    }
    String key = body;
    String fallback = null;
    int comma = body.indexOf(',');
    if (comma >= 0) {
      key = body.substring(0, comma).trim();
      String rest = body.substring(comma + 1).trim();
      if (rest.length() >= 2 && rest.startsWith("'") && rest.endsWith("'")) {
        fallback = rest.substring(1, rest.length() - 1);
      }
    }
    List<String> values = lookup.apply(key.trim());
    if (values.size() == 1) {
      if (Symbols.hasOpaque(values.get(0))) {
        return new Unknown(key);
      }
      out.literal(values.get(0));
      return null;
    }
    if (values.isEmpty() && fallback != null) {
      out.literal(fallback);
      return null;
    }
    // Absent, or multi-valued (only single-valued keys may be variables): no value.
    return new Unresolved(key);
  }
}
