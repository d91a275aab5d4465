package io.github.apigwlint.report;

import io.github.apigwlint.engine.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one report of a result to a file, creating its folder; shared by the front ends. */
public final class ReportWriter {

  private ReportWriter() {}

  public static void write(Reporter reporter, LintResult result, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      reporter.write(result, out);
    }
  }
}
