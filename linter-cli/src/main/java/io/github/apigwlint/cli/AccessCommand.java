package io.github.apigwlint.cli;

import io.github.apigwlint.access.summary.ApiAccess;
import io.github.apigwlint.session.LintSessionException;
import io.github.apigwlint.report.AccessJsonReport;
import io.github.apigwlint.report.AccessMarkdownReport;
import io.github.apigwlint.report.AccessTextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

  @Mixin InputOptions input;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Spec CommandSpec spec;

  private final Environment environment;

  AccessCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws LintSessionException, IOException {
    List<ApiAccess> summary = input.session(environment).access();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> AccessJsonReport.write(summary, out);
      case MARKDOWN -> AccessMarkdownReport.write(summary, out);
      default -> AccessTextReport.write(summary, out);
    }
    return ExitCodes.CLEAN;
  }

}
