package io.github.apigwlint.policy;

import io.github.apigwlint.source.Node;
import java.util.List;

/**
 * One key under one operator of a Condition block: {@code "ForAnyValue:StringLikeIfExists":
 * {"aws:PrincipalOrgPaths": ["o-a/*"]}} gives operator StringLike, ifExists, FOR_ANY_VALUE.
 *
 * @param operatorName the operator as written, qualifiers included
 * @param unknown the values are an opaque value, so the clause's truth is unknown
 */
public record ConditionClause(
    String operatorName,
    ConditionOperator operator,
    boolean ifExists,
    SetQualifier qualifier,
    PolicyValue key,
    List<PolicyValue> values,
    boolean unknown,
    Node node) {

  public ConditionClause {
    values = List.copyOf(values);
  }

  /** How a condition treats a multi-valued request key. */
  public enum SetQualifier {
    NONE,
    FOR_ANY_VALUE,
    FOR_ALL_VALUES
  }
}
