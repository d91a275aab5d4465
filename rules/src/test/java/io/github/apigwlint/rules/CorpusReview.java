package io.github.apigwlint.rules;

import io.github.apigwlint.rule.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reviewed verdict of every corpus finding ({@code corpus-review.tsv}): one row per file, line
 * and rule with the columns file, line, rule, verdict and reason separated by tabs, where the verdict
 * says whether the finding is right (TP) or a known defect (FP). Findings of one rule on one line
 * share a row.
 */
record CorpusReview(Map<Key, Row> rows) {

  enum Verdict { TP, FP }

  /** Where a finding is and which rule made it; ordered as the file is, by its text. */
  record Key(String file, String line, String rule) implements Comparable<Key> {

    static Key of(Finding finding) {
      return new Key(finding.location().file(), String.valueOf(finding.location().line()), finding.ruleId());
    }

    String tsv() {
      return file + "\t" + line + "\t" + rule;
    }

    @Override
    public int compareTo(Key other) {
      return tsv().compareTo(other.tsv());
    }
  }

  record Row(Key key, Verdict verdict, String reason) {

    String tsv() {
      return key.tsv() + "\t" + verdict + "\t" + reason;
    }
  }

  /** Reads the file; a malformed or repeated row is an {@link IllegalArgumentException} naming its line. */
  static CorpusReview read(Path file) throws IOException {
    Map<Key, Row> rows = new TreeMap<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Row row = parse(line, file.getFileName() + ":" + (i + 1));
      if (rows.putIfAbsent(row.key(), row) != null) {
        throw new IllegalArgumentException(file.getFileName() + ":" + (i + 1) + ": a second row for " + row.key().tsv());
      }
    }
    return new CorpusReview(rows);
  }

  private static Row parse(String line, String where) {
    String[] columns = line.split("\t", -1);
    if (columns.length != 5) {
      throw new IllegalArgumentException(where + ": expected file, line, rule, verdict and reason separated by tabs: " + line);
    }
    if (!columns[3].equals("TP") && !columns[3].equals("FP")) {
      throw new IllegalArgumentException(where + ": the verdict must be TP or FP, not \"" + columns[3] + "\"");
    }
    if (columns[4].isBlank()) {
      throw new IllegalArgumentException(where + ": the reason is empty");
    }
    return new Row(new Key(columns[0], columns[1], columns[2]), Verdict.valueOf(columns[3]), columns[4]);
  }
}
