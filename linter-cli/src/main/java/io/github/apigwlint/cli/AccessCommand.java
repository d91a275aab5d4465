package io.github.apigwlint.cli;

import io.github.apigwlint.access.summary.AccessSummary;
import io.github.apigwlint.access.summary.ApiAccess;
import io.github.apigwlint.config.Config;
import io.github.apigwlint.config.ConfigException;
import io.github.apigwlint.config.ConfigLoader;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.report.AccessJsonReport;
import io.github.apigwlint.report.AccessMarkdownReport;
import io.github.apigwlint.report.AccessTextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "access",
    mixinStandardHelpOptions = true,
    description = "Show who can invoke each API, stage and method: callers as classes (anyone, any AWS account,"
        + " named accounts, organizations, roles, users, VPC endpoints, address ranges) and what they get.")
final class AccessCommand implements Callable<Integer> {

  enum Format {
    TEXT, JSON, MARKDOWN;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files and folders to read. Default: the current folder.")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Configuration file (account, excludes). Default: .apigw-lint.yaml in the current folder, if any.")
  Path config;

  @Spec CommandSpec spec;

  private final Environment environment;

  AccessCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws ConfigException, IOException {
    List<Path> inputs = new ArrayList<>();
    for (Path path : paths.isEmpty() ? List.of(Path.of(".")) : paths) {
      Path input = environment.workingDirectory().resolve(path).normalize();
      if (!Files.exists(input)) {
        throw new CommandFailure("no such file or folder: " + path);
      }
      inputs.add(input);
    }
    LintRequest request = new LintRequest(inputs, settings(), environment.workingDirectory());
    List<ApiAccess> summary = AccessSummary.of(Linter.workspace(request));
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> AccessJsonReport.write(summary, out);
      case MARKDOWN -> AccessMarkdownReport.write(summary, out);
      default -> AccessTextReport.write(summary, out);
    }
    return ExitCodes.CLEAN;
  }

  private Config settings() throws ConfigException {
    Optional<Path> file = config != null
        ? Optional.of(environment.workingDirectory().resolve(config))
        : ConfigLoader.find(environment.workingDirectory());
    return file.isEmpty() ? Config.defaults() : ConfigLoader.load(file.get(), file.get().toString());
  }
}
