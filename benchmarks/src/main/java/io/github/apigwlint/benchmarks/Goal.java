package io.github.apigwlint.benchmarks;

import java.util.Locale;

/**
 * One goal of the benchmark and whether this run met it.
 *
 * @param goal what is asked, as {@code corpus ≤ 2× floor}
 * @param measured what this run measured, as {@code 4.1×}
 * @param met null when this run could not tell (a figure is n/a)
 */
record Goal(String goal, String measured, Boolean met) {

  /** {@code value ≤ limit}; a value of an unfinished run is a lower bound, so it fails when above the limit. */
  static Goal atMost(String goal, double value, double limit, String unit) {
    return new Goal(goal, String.format(Locale.ROOT, "%.2f%s", value, unit), value <= limit);
  }

  static Goal unknown(String goal, String why) {
    return new Goal(goal, why, null);
  }

  String line() {
    String verdict = met == null ? "n/a" : met ? "PASS" : "FAIL";
    return "- " + verdict + ": " + goal + " (measured: " + measured + ")";
  }
}
