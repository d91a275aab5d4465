package io.github.apigwlint.report;

import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.rule.Severity;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts of a run.
 *
 * @param filesWithFindings files that have at least one finding
 * @param filesChecked files read, and files that could not be read (each has a finding)
 */
public record Summary(int errors, int warnings, int notes, int filesWithFindings, int filesChecked) {

  public static Summary of(LintResult result) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    result.findings().forEach(finding -> counts.merge(finding.severity(), 1, Integer::sum));
    int files =
        (int) result.findings().stream().map(finding -> finding.location().file()).distinct().count();
    return new Summary(
        counts.getOrDefault(Severity.ERROR, 0),
        counts.getOrDefault(Severity.WARNING, 0),
        counts.getOrDefault(Severity.NOTE, 0),
        files,
        filesChecked(result));
  }

  /** The files read, and those that could not be read, which have a finding saying why. */
  private static int filesChecked(LintResult result) {
    Set<String> files = new HashSet<>(result.files().keySet());
    result.findings().forEach(finding -> files.add(finding.location().file()));
    return files.size();
  }

  public int findings() {
    return errors + warnings + notes;
  }

  /** {@code 2 errors, 1 warning, 0 notes in 2 files}, or {@code No findings}. */
  public String counts() {
    if (findings() == 0) {
      return "No findings";
    }
    return count(errors, "error") + ", " + count(warnings, "warning") + ", " + count(notes, "note")
        + " in " + count(filesWithFindings, "file");
  }

  /** {@code 2 errors, 1 warning, 0 notes in 2 files; 12 files checked}, or {@code No findings; 12 files checked}. */
  public String sentence() {
    return counts() + "; " + count(filesChecked, "file") + " checked";
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
