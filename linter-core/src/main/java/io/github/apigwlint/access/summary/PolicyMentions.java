package io.github.apigwlint.access.summary;

import io.github.apigwlint.policy.ConditionClause;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.PolicyValue;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.source.Symbols;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The values a policy names: principals, and per condition key (lower case) the condition values.
 * These are the only values at which a policy can tell callers apart, so one sample per class of
 * them stands for every caller of the class.
 */
public final class PolicyMentions {

  private final List<String> principals = new ArrayList<>();
  /** Key names compare case-insensitively (§7.6); the first spelling met is kept for messages. */
  private final Map<String, Set<String>> conditionValues = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  /** Per condition key, the values written as the value another stack exports. */
  private final Map<String, Set<String>> importedValues = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  private PolicyMentions() {}

  public static PolicyMentions of(Policy policy) {
    return of(Collections.singletonList(policy));
  }

  /** What several policies name together (null entries are absent policies). */
  public static PolicyMentions of(List<Policy> policies) {
    PolicyMentions mentions = new PolicyMentions();
    for (Policy policy : policies) {
      if (policy != null) {
        mentions.add(policy);
      }
    }
    return mentions;
  }

  private void add(Policy policy) {
    for (Statement statement : policy.statements()) {
      if (statement.principal() != null) {
        statement.principal().aws().stream().map(PolicyValue::text).filter(t -> !Symbols.hasOpaque(t))
            .forEach(principals::add);
      }
      for (ConditionClause clause : statement.conditions()) {
        if (clause.key() == null) {
          continue;
        }
        Set<String> values = conditionValues.computeIfAbsent(clause.key().text(), k -> new LinkedHashSet<>());
        clause.values().stream().map(PolicyValue::text).filter(t -> !Symbols.hasOpaque(t)).forEach(values::add);
        clause.values().stream().map(PolicyValue::text).filter(Symbols::isImport)
            .forEach(t -> importedValues.computeIfAbsent(clause.key().text(), k -> new LinkedHashSet<>()).add(t));
      }
    }
  }

  public List<String> principals() {
    return principals;
  }

  /** Whether the policy tells signed callers apart: it names a principal other than everyone, or a principal key. */
  public boolean namesPrincipals() {
    return principals.stream().anyMatch(p -> !p.equals("*")) || keys().stream().anyMatch(CellEvaluator::isPrincipalKey);
  }

  public boolean mentions(String key) {
    return conditionValues.containsKey(key);
  }

  /** The literal values written for a condition key, under any operator. */
  public Set<String> values(String key) {
    return conditionValues.getOrDefault(key, Set.of());
  }

  /** The values written for a condition key as imports of another stack's export. */
  public Set<String> imports(String key) {
    return importedValues.getOrDefault(key, Set.of());
  }

  public Set<String> keys() {
    return conditionValues.keySet();
  }
}
