package io.github.apigwlint.model.build;

import io.github.apigwlint.source.cfn.ConditionAssumptions;
import io.github.apigwlint.source.cfn.UndecidedConditions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variants of one run, for templates whose access configuration depends on conditions they
 * cannot decide. Variant {@code v} gives the {@code j}-th undecided condition of every template the
 * value of bit {@code j} of {@code v}; a run has {@code 2^k} variants where {@code k} (at most
 * {@link UndecidedConditions#MAX}) is the largest number of undecided conditions of one template, so
 * every template meets every assignment of its own conditions whatever the number of templates.
 */
public final class RunVariants {

  private final Map<String, List<String>> conditionsByFile;

  RunVariants(Map<String, List<String>> conditionsByFile) {
    this.conditionsByFile = new HashMap<>(conditionsByFile);
  }

  public int count() {
    int widest = conditionsByFile.values().stream().mapToInt(List::size).max().orElse(0);
    return 1 << widest;
  }

  /** The undecided conditions of a file (by display path) that its variants assign. */
  public List<String> conditions(String displayPath) {
    return conditionsByFile.getOrDefault(displayPath, List.of());
  }

  ConditionAssumptions assumptions(String displayPath, int variant) {
    Map<String, Boolean> values = new HashMap<>();
    List<String> conditions = conditions(displayPath);
    for (int j = 0; j < conditions.size(); j++) {
      values.put(conditions.get(j), (variant >> j & 1) == 1);
    }
    return new ConditionAssumptions(values);
  }

  /**
   * The words that say under which variants something of {@code displayPath} holds, such as
   * {@code when condition IsProd is true}; empty when it holds in every variant.
   */
  public String describe(String displayPath, Set<Integer> variants) {
    if (variants.size() == count()) {
      return "";
    }
    List<String> conditions = conditions(displayPath);
    Set<Integer> present = assignments(variants, conditions.size());
    Set<Integer> absent = new LinkedHashSet<>();
    for (int v = 0; v < count(); v++) {
      if (!variants.contains(v)) {
        absent.add(v & mask(conditions.size()));
      }
    }
    if (conditions.isEmpty() || present.stream().anyMatch(absent::contains)) {
      return "only for some values of the undecided conditions of the run ("
          + String.join(", ", allConditions()) + ")";
    }
    for (int j = 0; j < conditions.size(); j++) {
      int bit = j;
      for (int value = 0; value <= 1; value++) {
        int wanted = value;
        if (present.stream().allMatch(a -> (a >> bit & 1) == wanted) && absent.stream().allMatch(a -> (a >> bit & 1) != wanted)) {
          return "when condition " + conditions.get(j) + " is " + (wanted == 1);
        }
      }
    }
    List<String> alternatives = new ArrayList<>();
    for (int assignment : present) {
      List<String> parts = new ArrayList<>();
      for (int j = 0; j < conditions.size(); j++) {
        parts.add(conditions.get(j) + " is " + ((assignment >> j & 1) == 1));
      }
      alternatives.add(String.join(" and ", parts));
    }
    return "when condition " + String.join(", or ", alternatives);
  }

  private static Set<Integer> assignments(Set<Integer> variants, int width) {
    Set<Integer> assignments = new LinkedHashSet<>();
    variants.stream().sorted().forEach(v -> assignments.add(v & mask(width)));
    return assignments;
  }

  private static int mask(int width) {
    return (1 << width) - 1;
  }

  private List<String> allConditions() {
    return conditionsByFile.values().stream().flatMap(List::stream).distinct().sorted().toList();
  }
}
