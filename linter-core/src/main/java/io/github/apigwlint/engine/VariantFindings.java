package io.github.apigwlint.engine;

import io.github.apigwlint.model.build.RunVariants;
import io.github.apigwlint.rule.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the findings of the variants of a run: a finding of every variant is reported once as it
 * is; one that only some variants give is reported once, saying under which values of the
 * undecided conditions of its file it holds ({@code when condition IsProd is false}).
 */
final class VariantFindings {

  private VariantFindings() {}

  static List<Finding> merge(List<List<Finding>> perVariant, RunVariants variants) {
    Map<Finding, Set<Integer>> seenIn = new LinkedHashMap<>();
    for (int v = 0; v < perVariant.size(); v++) {
      for (Finding finding : perVariant.get(v)) {
        seenIn.computeIfAbsent(finding, f -> new LinkedHashSet<>()).add(v);
      }
    }
    List<Finding> merged = new ArrayList<>();
    seenIn.forEach((finding, present) -> {
      String when = variants.describe(finding.location().file(), present);
      merged.add(when.isEmpty() ? finding : tagged(finding, when));
    });
    return merged;
  }

  private static Finding tagged(Finding finding, String when) {
    return new Finding(
        finding.ruleId(),
        finding.severity(),
        finding.message() + " (" + when + ")",
        finding.location(),
        finding.element() + " " + when,
        finding.related(),
        finding.fix());
  }
}
