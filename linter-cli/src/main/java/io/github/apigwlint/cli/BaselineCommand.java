package io.github.apigwlint.cli;

import io.github.apigwlint.baseline.Baseline;
import io.github.apigwlint.baseline.BaselineException;
import io.github.apigwlint.baseline.BaselineFile;
import io.github.apigwlint.baseline.OutdatedBaselineException;
import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.session.DisplayPath;
import io.github.apigwlint.session.LintSession;
import io.github.apigwlint.session.LintSessionException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    LintSession session = input.session(
        environment, input.options(environment).progress(ProgressLine.forTerminal(environment, spec)).build());
    Path file = environment.workingDirectory().resolve(output);
    Baseline previous = null;
    if (Files.isRegularFile(file)) {
      try {
        previous = BaselineFile.read(file, DisplayPath.of(file, environment.workingDirectory()));
      } catch (OutdatedBaselineException e) {
        previous = null; // regenerating it is what its message asks for
      } catch (BaselineException e) {
        throw new CommandFailure(e.getMessage() + " (delete it to start a new baseline)", e);
      }
    }
    LintResult result = session.analyse();
    Baseline baseline = Baseline.of(result.findings(), previous, reason, expires);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        BaselineFile.write(baseline, out);
      }
    } catch (IOException e) {
      throw new CommandFailure("cannot write " + output + ": " + e.getMessage(), e);
    }
    spec.commandLine().getOut().println(
        "Wrote " + baseline.entries().size() + " entr" + (baseline.entries().size() == 1 ? "y" : "ies")
            + " to " + DisplayPath.of(file, environment.workingDirectory()) + ".");
    spec.commandLine().getOut().flush();
    return ExitCodes.CLEAN;
  }
}
