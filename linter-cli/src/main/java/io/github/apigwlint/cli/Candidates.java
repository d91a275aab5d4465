package io.github.apigwlint.cli;

import io.github.apigwlint.report.ReportFormat;
import io.github.apigwlint.session.FailThreshold;
import java.util.Arrays;
import java.util.Iterator;

/** Option values the core checks, listed in the help as picocli lists an enum's. */
final class Candidates {

  private Candidates() {}

  static final class Formats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ReportFormat.values()).map(ReportFormat::toString).iterator();
    }
  }

  static final class Thresholds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(FailThreshold.values()).map(FailThreshold::toString).iterator();
    }
  }
}
