package io.github.apigwlint.cli;

import io.github.apigwlint.session.DisplayPath;
import io.github.apigwlint.session.LintSession;
import io.github.apigwlint.session.LintSessionException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    description = {
      "Record today's findings in a baseline file, so that 'check --baseline FILE' reports only new"
          + " ones.",
      "Findings are keyed by rule, file and the element's identity, not by line. Entries already in"
          + " FILE keep their reason and expiry."
    })
final class BaselineCommand implements Callable<Integer> {

  @Mixin InputOptions input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      required = true,
      description = "The baseline file to write (JSON).")
  Path output;

  @Option(
      names = "--reason",
      paramLabel = "TEXT",
      description = "Why the new entries are accepted; written into each of them.")
  String reason;

  @Option(
      names = "--expires",
      paramLabel = "DATE",
      description = "Last day the new entries are accepted (YYYY-MM-DD); after it they are reported"
          + " again.")
  LocalDate expires;

  @Spec CommandSpec spec;

  private final Environment environment;

  BaselineCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws LintSessionException {
    LintSession session = input.session(environment, input.options(environment)
        .baselineOutput(output)
        .progress(ProgressLine.forTerminal(environment, spec))
        .build());
    int entries = session.writeBaseline(reason, expires);
    spec.commandLine().getOut().println("Wrote " + entries + " entr" + (entries == 1 ? "y" : "ies") + " to "
        + DisplayPath.of(environment.workingDirectory().resolve(output).normalize(), environment.workingDirectory()) + ".");
    spec.commandLine().getOut().flush();
    return ExitCodes.CLEAN;
  }
}
