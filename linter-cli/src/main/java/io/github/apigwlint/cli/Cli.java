package io.github.apigwlint.cli;

import io.github.apigwlint.report.CheckedOutput;
import io.github.apigwlint.report.ToolInfo;
import io.github.apigwlint.session.LintSessionException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Assembles the command tree and decides how failures look: one line {@code apigw-lint: message}
 * on standard error and exit status 2, never a stack trace unless {@code --debug} asks for one.
 */
public final class Cli {

  private static final String PREFIX = ToolInfo.NAME + ": ";

  private Cli() {}

  public static CommandLine create(Environment environment) {
    ApigwLintCommand top = new ApigwLintCommand();
    CommandLine commandLine =
        new CommandLine(top)
            .addSubcommand(new CheckCommand(environment))
            .addSubcommand(new BaselineCommand(environment))
            .addSubcommand(new RulesCommand(environment))
            .addSubcommand(new ExplainCommand(environment))
            .addSubcommand(new AccessCommand(environment))
            .addSubcommand(new SimulateCommand(environment))
            .registerConverter(AccessCommand.Format.class, byName(AccessCommand.Format.class))
            .registerConverter(RulesCommand.Format.class, byName(RulesCommand.Format.class))
            .registerConverter(SimulateCommand.Format.class, byName(SimulateCommand.Format.class))
            .setParameterExceptionHandler(Cli::usageError)
            .setExecutionStrategy(parsed -> outputWritten(parsed, new CommandLine.RunLast().execute(parsed)));
    return commandLine.setExecutionExceptionHandler(failure(top));
  }

  /** Reads an option value as one of the enum's names as shown in the help, in any case. */
  private static <E extends Enum<E>> ITypeConverter<E> byName(Class<E> type) {
    List<E> values = List.of(type.getEnumConstants());
    return text -> values.stream()
        .filter(value -> value.toString().equalsIgnoreCase(text))
        .findFirst()
        .orElseThrow(() -> new TypeConversionException(
            "expected one of " + values.stream().map(Object::toString).collect(Collectors.joining(", "))
                + " but was '" + text + "'"));
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(PREFIX + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.print(command.getHelp().fullSynopsis());
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more.");
    err.flush();
    return ExitCodes.FAILURE;
  }

  /**
   * A command that succeeded but whose standard output could not be written (a closed pipe, a full
   * disk) failed: its output is lost.
   */
  private static int outputWritten(ParseResult parsed, int exitCode) {
    CommandLine command = parsed.commandSpec().commandLine();
    try {
      CheckedOutput.flush(command.getOut());
      return exitCode;
    } catch (IOException e) {
      command.getErr().println(PREFIX + "cannot write to standard output: " + e.getMessage());
      command.getErr().flush();
      return ExitCodes.FAILURE;
    }
  }

  private static IExecutionExceptionHandler failure(ApigwLintCommand top) {
    return (Exception e, CommandLine command, ParseResult parsed) -> {
      PrintWriter err = command.getErr();
      if (e instanceof CommandFailure || e instanceof LintSessionException) {
        err.println(PREFIX + e.getMessage());
      } else {
        err.println(PREFIX + "internal error: " + e + (top.debug ? "" : " (--debug shows where)"));
      }
      if (top.debug) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.FAILURE;
    };
  }

}
