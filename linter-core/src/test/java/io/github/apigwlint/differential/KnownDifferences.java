package io.github.apigwlint.differential;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code differential-known-differences.tsv}: feature, kind, reason. A disagreement on a case with a
 * feature of kind {@code peer-limitation} is excused; rows of kind {@code fixed} record bugs the test
 * found here, for the history, and excuse nothing.
 */
final class KnownDifferences {

  private final Map<String, String> limitations = new LinkedHashMap<>();

  static KnownDifferences load() throws IOException {
    KnownDifferences known = new KnownDifferences();
    try (InputStream in = KnownDifferences.class.getResourceAsStream("/differential-known-differences.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] columns = line.split("\t");
        if (line.startsWith("#") || columns.length < 3) {
          continue;
        }
        if (columns[1].equals("peer-limitation")) {
          known.limitations.put(columns[0], columns[2]);
        }
      }
    }
    return known;
  }

  /** The feature that excuses a disagreement, or null. */
  String explain(Set<String> features) {
    return features.stream().filter(limitations::containsKey).findFirst().orElse(null);
  }
}
