package io.github.apigwlint.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one whole process cost: wall time, and CPU time (user + system) and peak resident memory
 * when {@code /usr/bin/time} reported them. A process stopped at the time limit has not finished:
 * its wall time is the limit.
 */
record Measurement(double wallSeconds, Optional<TimeReport> usage, boolean finished) {

  static Measurement finished(double wallSeconds, Optional<TimeReport> usage) {
    return new Measurement(wallSeconds, usage, true);
  }

  static Measurement stoppedAfter(double limitSeconds) {
    return new Measurement(limitSeconds, Optional.empty(), false);
  }

  /** The median of each figure on its own; not finished when any run did not finish. */
  static Measurement median(List<Measurement> runs) {
    if (runs.stream().anyMatch(run -> !run.finished())) {
      return runs.stream().filter(run -> !run.finished()).findFirst().orElseThrow();
    }
    double wall = median(runs.stream().mapToDouble(Measurement::wallSeconds).toArray());
    if (runs.stream().anyMatch(run -> run.usage().isEmpty())) {
      return finished(wall, Optional.empty());
    }
    double cpu = median(runs.stream().mapToDouble(run -> run.usage().orElseThrow().cpuSeconds()).toArray());
    double peak = median(runs.stream().mapToDouble(run -> run.usage().orElseThrow().peakMegabytes()).toArray());
    return finished(wall, Optional.of(new TimeReport(cpu, peak)));
  }

  /** {@code 9.5 s / 18.5 s / 785 MB}; {@code n/a} for what was not reported. */
  String cell() {
    if (!finished) {
      return "not finished after " + seconds(wallSeconds);
    }
    String cpu = usage.map(u -> seconds(u.cpuSeconds())).orElse("n/a");
    String peak = usage.map(u -> String.format(Locale.ROOT, "%.0f MB", u.peakMegabytes())).orElse("n/a");
    return seconds(wallSeconds) + " / " + cpu + " / " + peak;
  }

  static String seconds(double value) {
    return String.format(Locale.ROOT, value < 10 ? "%.2f s" : "%.1f s", value);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
