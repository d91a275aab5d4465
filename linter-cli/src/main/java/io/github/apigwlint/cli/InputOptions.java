package io.github.apigwlint.cli;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.config.ConfigException;
import io.github.apigwlint.engine.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of every command that reads a workspace: what to read, and with which settings. */
final class InputOptions {

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Files and folders to read. Default: the current folder.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description = "Configuration file. Default: .apigw-lint.yaml in the current folder, if any.")
  Path config;

  List<Path> inputs(Environment environment) {
    return LintRun.inputs(environment, paths);
  }

  Config settings(Environment environment, RuleRegistry rules) throws ConfigException {
    return LintRun.settings(environment, config, rules);
  }
}
