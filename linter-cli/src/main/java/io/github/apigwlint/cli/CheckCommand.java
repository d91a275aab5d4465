package io.github.apigwlint.cli;

import io.github.apigwlint.report.ToolInfo;
import io.github.apigwlint.session.LintOptions;
import io.github.apigwlint.session.LintOutcome;
import io.github.apigwlint.session.LintSessionException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Check templates and policies, report findings, and exit 1 when any reach --fail-on.")
final class CheckCommand implements Callable<Integer> {

  @Mixin InputOptions input;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      completionCandidates = Candidates.Formats.class,
      description = "Report format: ${COMPLETION-CANDIDATES}. Repeatable. Default: text, or the format"
          + " each --output's extension names.")
  List<String> formats = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Report file, in the format its extension names (.sarif, .json, .xml junit, .md,"
          + " .txt text). With --format, each --output takes the first --format its extension fits"
          + " (gitlab fits .json, github .txt) and the one format left goes to standard output. Repeatable.")
  List<Path> outputs = new ArrayList<>();

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      defaultValue = "error",
      completionCandidates = Candidates.Thresholds.class,
      description = "Exit 1 when a finding is at or above: ${COMPLETION-CANDIDATES}."
          + " Default: ${DEFAULT-VALUE}.")
  String failOn;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "Report only findings that are not in this baseline (see 'apigw-lint baseline'),"
          + " or whose entry has expired.")
  Path baseline;

  @Option(
      names = "--changed-since",
      paramLabel = "REF",
      description = "Check everything, but report only findings in files changed since this git ref"
          + " (committed since the merge base, uncommitted, or new).")
  String changedSince;

  @Option(
      names = {"-v", "--verbose"},
      description = "Also print, on standard error, what was skipped and why.")
  boolean verbose;

  @Spec CommandSpec spec;

  private final Environment environment;

  CheckCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws LintSessionException {
    LintOptions.Builder options =
        input.options(environment)
            .failOn(failOn)
            .baselineFile(baseline)
            .changedSince(changedSince)
            .standardOutput(spec.commandLine().getOut())
            .progress(ProgressLine.forTerminal(environment, spec));
    List<ReportPairing.Target> reports = reports();
    reports.forEach(target -> options.report(target.format().toString(), target.file()));
    LintOutcome outcome = input.session(environment, options.build(), verbose).run();
    PrintWriter err = spec.commandLine().getErr();
    if (verbose) {
      outcome.notes().forEach(err::println);
      outcome.messages().forEach(err::println);
    }
    input.warnIfNothingChecked(outcome.summary().filesChecked(), err);
    if (reports.stream().allMatch(target -> target.file() != null)) {
      // exit 1 never comes with nothing printed
      err.println(ToolInfo.NAME + ": " + outcome.summary().sentence() + "; reports: "
          + String.join(", ", reports.stream().map(target -> target.file().toString()).toList()));
    }
    return outcome.fails() ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  private List<ReportPairing.Target> reports() {
    try {
      return ReportPairing.of(formats, outputs);
    } catch (ReportPairing.Ambiguous e) {
      throw usage(e.getMessage());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
