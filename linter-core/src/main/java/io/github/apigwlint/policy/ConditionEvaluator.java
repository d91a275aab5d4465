package io.github.apigwlint.policy;

import io.github.apigwlint.policy.ConditionClause.SetQualifier;
import java.util.List;

/**
 * Evaluates condition clauses (§7.6): operators and keys AND, values OR, negated operators NOR, the
 * missing-key rules, IfExists, and the ForAnyValue / ForAllValues set qualifiers.
 */
public final class ConditionEvaluator {

  private ConditionEvaluator() {}

  /** All clauses of a statement together (AND). */
  public static Tri all(List<ConditionClause> clauses, RequestContext context, boolean variablesEnabled) {
    Tri result = Tri.TRUE;
    for (ConditionClause clause : clauses) {
      result = result.and(evaluate(clause, context, variablesEnabled));
      if (result == Tri.FALSE) {
        break;
      }
    }
    return result;
  }

  public static Tri evaluate(ConditionClause clause, RequestContext context, boolean variablesEnabled) {
    if (clause.key() == null) {
      return Tri.UNKNOWN;
    }
    List<String> requestValues = context.values(clause.key().text());
    if (clause.unknown()) {
      // Opaque values: only the missing-key rules, which ignore the values, still decide.
      boolean decidable = requestValues.isEmpty() && clause.operator() != ConditionOperator.Null;
      return decidable ? missingKey(clause) : Tri.UNKNOWN;
    }
    if (clause.operator() == ConditionOperator.Null) {
      return nullCheck(clause, !requestValues.isEmpty());
    }
    if (requestValues.isEmpty()) {
      return missingKey(clause);
    }
    ValueComparison comparison = new ValueComparison(clause.operator(), variablesEnabled, context);
    return switch (clause.qualifier()) {
      case FOR_ALL_VALUES -> each(requestValues, clause, comparison, true);
      case FOR_ANY_VALUE -> each(requestValues, clause, comparison, false);
      case NONE -> single(requestValues, clause, comparison);
    };
  }

  /** {@code Null: true} holds when the key is absent, {@code false} when present. */
  private static Tri nullCheck(ConditionClause clause, boolean present) {
    Tri result = Tri.FALSE;
    for (PolicyValue value : clause.values()) {
      if (value.isOpaque()) {
        result = result.or(Tri.UNKNOWN);
      } else if (value.text().equalsIgnoreCase("true")) {
        result = result.or(Tri.of(!present));
      } else if (value.text().equalsIgnoreCase("false")) {
        result = result.or(Tri.of(present));
      }
    }
    return result;
  }

  private static Tri missingKey(ConditionClause clause) {
    if (clause.ifExists()) {
      return Tri.TRUE;
    }
    if (clause.qualifier() == SetQualifier.FOR_ALL_VALUES) {
      return Tri.TRUE;
    }
    if (clause.qualifier() == SetQualifier.FOR_ANY_VALUE) {
      return Tri.FALSE;
    }
    return Tri.of(clause.operator().negated());
  }

  /** A key without qualifier: negated operators need no request value to match any policy value. */
  private static Tri single(List<String> requestValues, ConditionClause clause, ValueComparison comparison) {
    Tri anyMatch = Tri.FALSE;
    for (String requestValue : requestValues) {
      anyMatch = anyMatch.or(matchesAnyPolicyValue(requestValue, clause, comparison));
    }
    return clause.operator().negated() ? anyMatch.not() : anyMatch;
  }

  /** ForAllValues: every request value passes; ForAnyValue: at least one does. */
  private static Tri each(
      List<String> requestValues, ConditionClause clause, ValueComparison comparison, boolean all) {
    Tri result = Tri.of(all);
    for (String requestValue : requestValues) {
      Tri passes = matchesAnyPolicyValue(requestValue, clause, comparison);
      if (clause.operator().negated()) {
        passes = passes.not();
      }
      result = all ? result.and(passes) : result.or(passes);
    }
    return result;
  }

  /** The positive comparison (negation stripped) against the policy values, OR-ed. */
  private static Tri matchesAnyPolicyValue(String requestValue, ConditionClause clause, ValueComparison comparison) {
    Tri result = Tri.FALSE;
    for (PolicyValue policyValue : clause.values()) {
      result = result.or(comparison.matches(policyValue.text(), requestValue));
      if (result == Tri.TRUE) {
        break;
      }
    }
    return result;
  }
}
