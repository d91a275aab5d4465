package io.github.apigwlint.report;

import io.github.apigwlint.rule.RuleDocs;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The report formats every front end offers, by the name users write and the file name the plugin writes. */
public enum ReportFormat {
  TEXT("apigw-lint.txt", ".txt"),
  JSON("apigw-lint.json", ".json"),
  SARIF("apigw-lint.sarif", ".sarif"),
  GITHUB("apigw-lint.github.txt", ".txt"),
  JUNIT("apigw-lint.junit.xml", ".xml"),
  GITLAB("apigw-lint.gitlab.json", ".json"),
  MARKDOWN("apigw-lint.md", ".md");

  private final String fileName;
  private final String extension;

  ReportFormat(String fileName, String extension) {
    this.fileName = fileName;
    this.extension = extension;
  }

  /**
   * The format a file of this name holds unless told otherwise: the first format of its extension
   * ({@code .json} is json, not gitlab); empty for an extension no format writes.
   */
  public static Optional<ReportFormat> byFileName(Path file) {
    return Arrays.stream(values()).filter(format -> format.fits(file)).findFirst();
  }

  /** The extensions of report files, for messages: {@code .txt, .json, …}. */
  public static String extensions() {
    return Arrays.stream(values()).map(format -> format.extension).distinct().collect(Collectors.joining(", "));
  }

  /** Whether a file of this name may hold this format: its extension is the format's ({@code .json} for gitlab). */
  public boolean fits(Path file) {
    return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(extension);
  }

  /** The format of this name in any case, ignoring surrounding blanks. */
  public static Optional<ReportFormat> byName(String name) {
    String wanted = name.trim();
    return Arrays.stream(values()).filter(format -> format.toString().equalsIgnoreCase(wanted)).findFirst();
  }

  /** {@code text, json, …}, for messages and help. */
  public static String names() {
    return Arrays.stream(values()).map(ReportFormat::toString).collect(Collectors.joining(", "));
  }

  /** The file this format is written to when only a folder is given. */
  public String fileName() {
    return fileName;
  }

  /**
   * @param docs the rule doc pages, linked from SARIF
   * @param baseDirectory SARIF's base for the relative paths of findings
   */
  public Reporter reporter(RuleDocs docs, URI baseDirectory) {
    return switch (this) {
      case TEXT -> new TextReporter();
      case JSON -> new JsonReporter(ToolInfo.current());
      case SARIF -> new SarifReporter(ToolInfo.current(), docs, baseDirectory);
      case GITHUB -> new GithubReporter();
      case JUNIT -> new JunitReporter();
      case GITLAB -> new GitlabReporter();
      case MARKDOWN -> new MarkdownReporter(ToolInfo.current());
    };
  }

  /** As users write it. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
