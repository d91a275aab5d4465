package io.github.apigwlint.benchmarks;

import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.session.LintOptions;
import io.github.apigwlint.session.LintSession;
import io.github.apigwlint.session.LintSessionException;
import java.nio.file.Path;
import java.util.List;

/** The files the linter reads for some paths: its own walk, with the configuration it would find. */
final class InputFiles {

  private InputFiles() {}

  static List<Path> of(List<Path> paths, Path workingDirectory) {
    try {
      LintOptions options = LintOptions.in(workingDirectory).paths(paths).build();
      return LintSession.open(options, RuleRegistry.load()).inputFiles();
    } catch (LintSessionException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
