package io.github.apigwlint.cli;

import io.github.apigwlint.report.GithubReporter;
import io.github.apigwlint.report.GitlabReporter;
import io.github.apigwlint.report.JsonReporter;
import io.github.apigwlint.report.JunitReporter;
import io.github.apigwlint.report.MarkdownReporter;
import io.github.apigwlint.report.Reporter;
import io.github.apigwlint.report.SarifReporter;
import io.github.apigwlint.report.TextReporter;
import io.github.apigwlint.report.ToolInfo;
import java.util.Locale;

/** The values of {@code --format}. */
enum ReportFormat {
  TEXT,
  JSON,
  SARIF,
  GITHUB,
  JUNIT,
  GITLAB,
  MARKDOWN;

  Reporter reporter(Environment environment) {
    return switch (this) {
      case TEXT -> new TextReporter();
      case JSON -> new JsonReporter(ToolInfo.current());
      case SARIF -> new SarifReporter(
          ToolInfo.current(), environment.docs(), environment.workingDirectory().toUri());
      case GITHUB -> new GithubReporter();
      case JUNIT -> new JunitReporter();
      case GITLAB -> new GitlabReporter();
      case MARKDOWN -> new MarkdownReporter(ToolInfo.current());
    };
  }

  /** As written on the command line and listed in the help. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
