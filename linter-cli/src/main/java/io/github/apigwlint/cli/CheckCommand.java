package io.github.apigwlint.cli;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.config.ConfigException;
import io.github.apigwlint.config.ConfigLoader;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.report.ReportWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Check templates and policies, report findings, and exit 1 when any reach --fail-on.")
final class CheckCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Files and folders to check. Default: the current folder.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "Report format: ${COMPLETION-CANDIDATES}. Repeatable. Default: text.")
  List<ReportFormat> formats = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "File for the --format at the same position. Repeatable. A format without one"
          + " goes to standard output (at most one may).")
  List<Path> outputs = new ArrayList<>();

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      defaultValue = "error",
      description = "Exit 1 when a finding is at or above: ${COMPLETION-CANDIDATES}."
          + " Default: ${DEFAULT-VALUE}.")
  FailOn failOn;

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description = "Configuration file. Default: .apigw-lint.yaml in the current folder, if any.")
  Path config;

  @Option(
      names = {"-v", "--verbose"},
      description = "Also print, on standard error, what was skipped and why.")
  boolean verbose;

  @Spec CommandSpec spec;

  private final Environment environment;

  CheckCommand(Environment environment) {
    this.environment = environment;
  }

  /** Where one report goes; a null file is standard output. */
  private record Destination(ReportFormat format, Path file) {}

  @Override
  public Integer call() throws ConfigException {
    List<Destination> destinations = destinations();
    List<Path> inputs = inputs();
    RuleRegistry rules = environment.rules().get();
    Config settings = settings(rules);

    LintRequest request = new LintRequest(inputs, settings, environment.workingDirectory());
    LintResult result = environment.linter().run(rules, request);

    if (verbose) {
      result.notes().forEach(note -> spec.commandLine().getErr().println(note));
    }
    for (Destination destination : destinations) {
      write(result, destination);
    }
    return failOn.fails(result) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  /** Pairs formats with outputs by position. */
  private List<Destination> destinations() {
    List<ReportFormat> wanted = formats.isEmpty() ? List.of(ReportFormat.TEXT) : formats;
    if (outputs.size() > wanted.size()) {
      throw usage("--output " + outputs.get(wanted.size()) + " has no --format to go with it");
    }
    List<Destination> destinations = new ArrayList<>();
    for (int i = 0; i < wanted.size(); i++) {
      destinations.add(
          new Destination(
              wanted.get(i),
              i < outputs.size() ? environment.workingDirectory().resolve(outputs.get(i)) : null));
    }
    if (destinations.stream().filter(d -> d.file() == null).count() > 1) {
      throw usage("only one --format can go to standard output; give the others an --output");
    }
    return destinations;
  }

  private List<Path> inputs() {
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

  private Config settings(RuleRegistry rules) throws ConfigException {
    Optional<Path> file =
        config != null
            ? Optional.of(environment.workingDirectory().resolve(config))
            : ConfigLoader.find(environment.workingDirectory());
    if (file.isEmpty()) {
      return Config.defaults();
    }
    String label = display(file.get());
    Config settings = ConfigLoader.load(file.get(), label);
    for (String id : settings.rules().keySet()) {
      if (rules.find(id).isEmpty()) {
        throw new ConfigException(
            label + ": rules." + id + ": unknown rule" + UnknownRule.hint(id, rules));
      }
    }
    return settings;
  }

  /** The path as the user would write it: relative to the working directory when inside it. */
  private String display(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(environment.workingDirectory())
        ? environment.workingDirectory().relativize(absolute).toString()
        : file.toString();
  }

  private void write(LintResult result, Destination destination) {
    if (destination.file() == null) {
      writeReport(result, destination.format(), spec.commandLine().getOut());
      return;
    }
    try {
      ReportWriter.write(destination.format().reporter(environment), result, destination.file());
    } catch (IOException e) {
      throw new CommandFailure("cannot write " + destination.file() + ": " + e.getMessage(), e);
    }
  }

  private void writeReport(LintResult result, ReportFormat format, Writer out) {
    try {
      format.reporter(environment).write(result, out);
    } catch (IOException e) {
      throw new CommandFailure("cannot write the " + format + " report: " + e.getMessage(), e);
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
