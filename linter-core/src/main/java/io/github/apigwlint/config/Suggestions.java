package io.github.apigwlint.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" candidates for a misspelt name, by edit distance. */
public final class Suggestions {

  private Suggestions() {}

  /** The candidates within a few edits of {@code name}, closest first, at most three. */
  public static List<String> closest(String name, Collection<String> candidates) {
    String wanted = name.toLowerCase(Locale.ROOT);
    int tolerance = Math.max(2, wanted.length() / 3);
    return candidates.stream()
        .filter(candidate -> distance(wanted, candidate.toLowerCase(Locale.ROOT)) <= tolerance
            || (wanted.length() >= 4 && candidate.toLowerCase(Locale.ROOT).contains(wanted)))
        .sorted(Comparator.comparingInt((String c) -> distance(wanted, c.toLowerCase(Locale.ROOT)))
            .thenComparing(Comparator.naturalOrder()))
        .limit(3)
        .toList();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
