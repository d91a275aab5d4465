package io.github.apigwlint.cli;

import io.github.apigwlint.report.JsonReporter;
import io.github.apigwlint.report.Reporter;
import io.github.apigwlint.report.SarifReporter;
import io.github.apigwlint.report.TextReporter;
import io.github.apigwlint.report.ToolInfo;
import java.util.Locale;

/** The values of {@code --format}. */
enum ReportFormat {
  TEXT,
  JSON,
  SARIF;

  Reporter reporter(Environment environment) {
    return switch (this) {
      case TEXT -> new TextReporter();
      case JSON -> new JsonReporter(ToolInfo.current());
      case SARIF -> new SarifReporter(
          ToolInfo.current(), environment.docs(), environment.workingDirectory().toUri());
    };
  }

  /** As written on the command line and listed in the help. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
