package io.github.apigwlint.maven;

import io.github.apigwlint.report.AtomicFile;
import io.github.apigwlint.report.Summary;
import io.github.apigwlint.rule.Severity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What a run printed and wrote, kept in the output folder under the key of its inputs, so that a
 * later run over the same inputs can print it again instead of linting.
 *
 * @param messages what the run said about itself before the findings (the baseline's counts)
 * @param lines the finding lines, with their severity, in log order
 * @param reports the report files written, by path, with the SHA-256 of their contents
 */
record CachedResult(
    String key, List<String> messages, List<Line> lines, Summary summary, Map<Path, String> reports,
    Map<Path, String> included) {

  record Line(Severity severity, String text) {}

  CachedResult {
    messages = List.copyOf(messages);
    lines = List.copyOf(lines);
    reports = Collections.unmodifiableMap(new LinkedHashMap<>(reports));
    included = Collections.unmodifiableMap(new LinkedHashMap<>(included));
  }

  /**
   * The cached result, if the file holds one for this key whose reports are still as written and
   * whose included files (read because templates named them, outside the key) are still as read.
   */
  static Optional<CachedResult> read(Path file, String key) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
      if (!key.equals(p.getProperty("key"))) {
        return Optional.empty();
      }
      List<String> messages = new ArrayList<>();
      int messageCount = Integer.parseInt(p.getProperty("messages"));
      for (int i = 0; i < messageCount; i++) {
        messages.add(p.getProperty("message." + i));
      }
      List<Line> lines = new ArrayList<>();
      int lineCount = Integer.parseInt(p.getProperty("lines"));
      for (int i = 0; i < lineCount; i++) {
        lines.add(new Line(Severity.parse(p.getProperty("line." + i + ".severity")),
            p.getProperty("line." + i + ".text")));
      }
      Optional<Map<Path, String>> reports = unchanged(p, "report");
      Optional<Map<Path, String>> included = unchanged(p, "input");
      if (reports.isEmpty() || included.isEmpty()) {
        return Optional.empty();
      }
      Summary summary = new Summary(
          Integer.parseInt(p.getProperty("errors")),
          Integer.parseInt(p.getProperty("warnings")),
          Integer.parseInt(p.getProperty("notes")),
          Integer.parseInt(p.getProperty("filesWithFindings")),
          Integer.parseInt(p.getProperty("filesChecked")));
      return Optional.of(new CachedResult(key, messages, lines, summary, reports.get(), included.get()));
    } catch (IOException | RuntimeException e) {
      // an unreadable or partial cache is no cache
      return Optional.empty();
    }
  }

  /** The files recorded under {@code name} with their hashes, if every one is still as recorded. */
  private static Optional<Map<Path, String>> unchanged(Properties p, String name) throws IOException {
    Map<Path, String> files = new LinkedHashMap<>();
    int count = Integer.parseInt(p.getProperty(name + "s", "0"));
    for (int i = 0; i < count; i++) {
      Path file = Path.of(p.getProperty(name + "." + i + ".file"));
      String hash = p.getProperty(name + "." + i + ".sha256");
      if (!Files.isRegularFile(file) || !hash.equals(CacheKey.sha256(Files.readAllBytes(file)))) {
        return Optional.empty();
      }
      files.put(file, hash);
    }
    return Optional.of(files);
  }

  private static void record(Properties p, String name, Map<Path, String> files) {
    p.setProperty(name + "s", Integer.toString(files.size()));
    int i = 0;
    for (Map.Entry<Path, String> file : files.entrySet()) {
      p.setProperty(name + "." + i + ".file", file.getKey().toString());
      p.setProperty(name + "." + i + ".sha256", file.getValue());
      i++;
    }
  }

  void write(Path file) throws IOException {
    Properties p = new Properties();
    p.setProperty("key", key);
    p.setProperty("messages", Integer.toString(messages.size()));
    for (int i = 0; i < messages.size(); i++) {
      p.setProperty("message." + i, messages.get(i));
    }
    p.setProperty("lines", Integer.toString(lines.size()));
    for (int i = 0; i < lines.size(); i++) {
      p.setProperty("line." + i + ".severity", lines.get(i).severity().label());
      p.setProperty("line." + i + ".text", lines.get(i).text());
    }
    record(p, "report", reports);
    record(p, "input", included);
    p.setProperty("errors", Integer.toString(summary.errors()));
    p.setProperty("warnings", Integer.toString(summary.warnings()));
    p.setProperty("notes", Integer.toString(summary.notes()));
    p.setProperty("filesWithFindings", Integer.toString(summary.filesWithFindings()));
    p.setProperty("filesChecked", Integer.toString(summary.filesChecked()));
    AtomicFile.write(file, out -> p.store(out, "apigw-lint-maven-plugin result cache; delete to force a new run"));
  }
}
