package io.github.apigwlint.benchmarks;

import java.util.List;
import java.util.Optional;

/**
 * What {@code /usr/bin/time -f "%U %S %M"} reports of a child process: CPU time, user plus system,
 * and its peak resident set.
 */
record TimeReport(double cpuSeconds, double peakMegabytes) {

  /** The format asked of {@code /usr/bin/time}: user seconds, system seconds, peak RSS in KB. */
  static final String FORMAT = "%U %S %M";

  /**
   * The report in the text {@code /usr/bin/time} wrote, which starts with a line of its own when the
   * command failed ("Command exited with non-zero status 1"); empty when there is none.
   */
  static Optional<TimeReport> parse(String text) {
    List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    String[] fields = lines.get(lines.size() - 1).split("\\s+");
    if (fields.length != 3) {
      return Optional.empty();
    }
    try {
      double cpu = Double.parseDouble(fields[0]) + Double.parseDouble(fields[1]);
      return Optional.of(new TimeReport(cpu, Long.parseLong(fields[2]) / 1024.0));
    } catch (NumberFormatException notAReport) {
      return Optional.empty();
    }
  }
}
