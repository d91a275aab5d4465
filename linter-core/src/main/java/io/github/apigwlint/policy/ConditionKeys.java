package io.github.apigwlint.policy;

import java.util.List;
import java.util.stream.Stream;

/** The condition clauses of a policy that test given keys (key names compare case-insensitively). */
public final class ConditionKeys {

  private ConditionKeys() {}

  public static List<ConditionClause> clauses(Policy policy, String... keys) {
    return policy.statements().stream()
        .flatMap(statement -> statement.conditions().stream())
        .filter(clause -> clause.key() != null && Stream.of(keys).anyMatch(k -> k.equalsIgnoreCase(clause.key().text())))
        .toList();
  }
}
