package io.github.apigwlint.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * The linter's runs of the benchmark, each beside its floor, and the goals of issue 12 they are
 * held to.
 *
 * @param copies how many copies of the corpus {@code sideBySide} read
 */
record Runs(Row tree, Row flat, Row sideBySide, int copies, Row cappedHeap, Row smallFileLauncher, Row smallFileJar) {

  private static final double MEGABYTES = 256;

  List<Row> rows() {
    return List.of(tree, flat, sideBySide, smallFileLauncher, smallFileJar, cappedHeap);
  }

  List<Goal> goals() {
    return List.of(
        ratio("corpus ≤ 2× the bare-parse floor", tree.tool(), tree.floor().orElseThrow(), 2),
        ratio("flat copy ≤ 1.0× the tree (5% allowed for noise: ≤ 1.05×)", flat.tool(), tree.tool(), 1.05),
        ratio(copies + " copies ≤ " + copies + "× one copy", sideBySide.tool(), tree.tool(), copies),
        peakRss(),
        ratio("`-Xmx256m` ≤ 1.10× the default heap", cappedHeap.tool(), tree.tool(), 1.10),
        seconds("one small file ≤ 0.4 s through the launcher", smallFileLauncher.tool(), 0.4),
        seconds("one small file ≤ 0.9 s with plain `java -jar`", smallFileJar.tool(), 0.9));
  }

  /** {@code run / base ≤ limit}; a run stopped at the time limit gives a lower bound only. */
  static Goal ratio(String goal, Measurement run, Measurement base, double limit) {
    if (!base.finished()) {
      return Goal.unknown(goal, "its base did not finish");
    }
    double ratio = run.wallSeconds() / base.wallSeconds();
    if (!run.finished() && ratio <= limit) {
      return Goal.unknown(goal, "not finished, ≥ " + String.format(Locale.ROOT, "%.2f×", ratio));
    }
    return Goal.atMost(goal, ratio, limit, "×");
  }

  private Goal peakRss() {
    String goal = "peak RSS ≤ 256 MB on the corpus";
    return tree.tool().usage()
        .map(usage -> Goal.atMost(goal, usage.peakMegabytes(), MEGABYTES, " MB"))
        .orElseGet(() -> Goal.unknown(goal, "n/a without /usr/bin/time"));
  }

  private static Goal seconds(String goal, Measurement run, double limit) {
    return run.finished() ? Goal.atMost(goal, run.wallSeconds(), limit, " s") : Goal.unknown(goal, "not finished");
  }
}
