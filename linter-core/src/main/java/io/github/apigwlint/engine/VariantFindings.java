package io.github.apigwlint.engine;

import io.github.apigwlint.model.build.RunVariants;
import io.github.apigwlint.rule.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the findings of the variants of a run by identity: a finding of every variant is reported
 * once as it is; one that only some variants give is reported once with {@link Finding#when()}
 * saying under which values of the undecided conditions of its file it holds ({@code condition
 * IsProd is false}). Where variants word one finding differently, the first variant's words are
 * kept: it is still the same finding.
 */
final class VariantFindings {

  private VariantFindings() {}

  static List<Finding> merge(List<List<Finding>> perVariant, RunVariants variants) {
    Map<String, Finding> first = new LinkedHashMap<>();
    Map<String, Set<Integer>> seenIn = new LinkedHashMap<>();
    for (int v = 0; v < perVariant.size(); v++) {
      Map<String, Integer> inVariant = new HashMap<>();
      for (Finding finding : perVariant.get(v)) {
        // a rule that reports two findings on one subject is wrong, and the identity test must see both
        String key = finding.identity() + "\n" + inVariant.merge(finding.identity(), 1, Integer::sum);
        first.putIfAbsent(key, finding);
        seenIn.computeIfAbsent(key, f -> new LinkedHashSet<>()).add(v);
      }
    }
    List<Finding> merged = new ArrayList<>();
    first.forEach((key, finding) -> {
      String when = variants.describe(finding.location().file(), seenIn.get(key));
      merged.add(when.isEmpty() ? finding : finding.when(when));
    });
    return merged;
  }
}
