package io.github.apigwlint.cli;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.config.ConfigException;
import io.github.apigwlint.config.ConfigLoader;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.Progress;
import io.github.apigwlint.engine.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/** What the commands that run the linter share: inputs, configuration, progress. */
final class LintRun {

  private LintRun() {}

  static List<Path> inputs(Environment environment, List<Path> paths) {
    List<Path> inputs = new ArrayList<>();
    for (Path path : paths.isEmpty() ? List.of(Path.of(".")) : paths) {
      Path input = environment.workingDirectory().resolve(path).normalize();
      if (!Files.exists(input)) {
        throw new CommandFailure("no such file or folder: " + path);
      }
      inputs.add(input);
    }
    return inputs;
  }

  /** The configuration named by {@code --config}, or the one in the working directory. */
  static Config settings(Environment environment, Path config, RuleRegistry rules) throws ConfigException {
    Optional<Path> file =
        config != null
            ? Optional.of(environment.workingDirectory().resolve(config))
            : ConfigLoader.find(environment.workingDirectory());
    if (file.isEmpty()) {
      return Config.defaults();
    }
    String label = display(environment, file.get());
    Config settings = ConfigLoader.load(file.get(), label);
    for (String id : settings.rules().keySet()) {
      if (rules.find(id).isEmpty() && engineRules().find(id).isEmpty()) {
        throw new ConfigException(
            label + ": rules." + id + ": unknown rule" + UnknownRule.hint(id, rules));
      }
    }
    return settings;
  }

  /** The rules whose findings the core makes itself (parse errors, suppressions). */
  static RuleRegistry engineRules() {
    return RuleRegistry.of(Linter.engineRules());
  }

  /** A progress line when a person watches standard error, else nothing. */
  static Progress progress(Environment environment, CommandSpec spec) {
    return environment.terminal() ? new ProgressLine(spec.commandLine().getErr()) : Progress.NONE;
  }

  /** The path as the user would write it: relative to the working directory when inside it. */
  static String display(Environment environment, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(environment.workingDirectory())
        ? environment.workingDirectory().relativize(absolute).toString()
        : file.toString();
  }
}
