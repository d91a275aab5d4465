package io.github.apigwlint.benchmarks;

import java.util.Locale;
import java.util.Optional;

/** One line of the table: a work, what the tool took on it and what the bare parse of its files took. */
record Row(String work, Measurement tool, Optional<Measurement> floor) {

  /** The tool's wall time over the floor's, as {@code 4.1×}; {@code —} without a floor. */
  String ratio() {
    if (floor.isEmpty() || !floor.get().finished()) {
      return "—";
    }
    String ratio = String.format(Locale.ROOT, "%.1f×", tool.wallSeconds() / floor.get().wallSeconds());
    return tool.finished() ? ratio : "≥ " + ratio;
  }
}
