package io.github.apigwlint.report;

import io.github.apigwlint.rule.RuleDocs;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The report formats every front end offers, by the name users write and the file name the plugin writes. */
public enum ReportFormat {
  TEXT("apigw-lint.txt", ".txt"),
  JSON("apigw-lint.json", ".json"),
  SARIF("apigw-lint.sarif", ".sarif", ".sarif.json"),
  GITHUB("apigw-lint.github.txt", ".txt"),
  JUNIT("apigw-lint.junit.xml", ".xml"),
  GITLAB("apigw-lint.gitlab.json", ".json"),
  MARKDOWN("apigw-lint.md", ".md");

  private final String fileName;
  private final List<String> extensions;

  ReportFormat(String fileName, String... extensions) {
    this.fileName = fileName;
    this.extensions = List.of(extensions);
  }

  /**
   * The format a file of this name holds unless told otherwise: the first format of its extension
   * ({@code .json} is json, not gitlab), the longest extension winning ({@code .sarif.json} is
   * sarif); empty for an extension no format writes.
   */
  public static Optional<ReportFormat> byFileName(Path file) {
    return Arrays.stream(values())
        .filter(format -> format.fits(file))
        .max(Comparator.comparingInt(format -> format.matchingExtension(file).length()));
  }

  /** The extensions of report files, for messages: {@code .txt, .json, …}. */
  public static String extensions() {
    return Arrays.stream(values()).flatMap(format -> format.extensions.stream()).distinct()
        .collect(Collectors.joining(", "));
  }

  /** Whether a file of this name may hold this format: its extension is the format's ({@code .json} for gitlab). */
  public boolean fits(Path file) {
    return !matchingExtension(file).isEmpty();
  }

  /** The longest of this format's extensions that ends the file's name; empty when none does. */
  private String matchingExtension(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return extensions.stream().filter(name::endsWith).max(Comparator.comparingInt(String::length)).orElse("");
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
