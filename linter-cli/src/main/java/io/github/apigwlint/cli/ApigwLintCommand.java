package io.github.apigwlint.cli;

import io.github.apigwlint.report.ToolInfo;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top of the command tree; the work is in its subcommands. */
@Command(
    name = ToolInfo.NAME,
    mixinStandardHelpOptions = true,
    versionProvider = ApigwLintCommand.Version.class,
    description = "Offline linter for AWS API Gateway access configuration.",
    footer = {
      "",
      "Exit status: 0 nothing at or above --fail-on, 1 findings at or above it,",
      "2 usage, configuration or internal error."
    })
final class ApigwLintCommand implements Callable<Integer> {

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an internal error.")
  boolean debug;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command: check, access, simulate, baseline, rules or explain");
  }

  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {ToolInfo.versionLine()};
    }
  }
}
