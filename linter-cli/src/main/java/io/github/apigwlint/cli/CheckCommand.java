package io.github.apigwlint.cli;

import io.github.apigwlint.report.ReportFormat;
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
      description = "Report format: ${COMPLETION-CANDIDATES}. Repeatable. Default: text.")
  List<String> formats = new ArrayList<>();

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
    addReports(options);
    LintOutcome outcome = input.session(environment, options.build()).run();
    if (verbose) {
      PrintWriter err = spec.commandLine().getErr();
      outcome.notes().forEach(err::println);
      outcome.messages().forEach(err::println);
    }
    return outcome.fails() ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  /** Pairs formats with outputs by position; a format without an output goes to standard output. */
  private void addReports(LintOptions.Builder options) {
    List<String> wanted = formats.isEmpty() ? List.of(ReportFormat.TEXT.toString()) : formats;
    if (outputs.size() > wanted.size()) {
      throw usage("--output " + outputs.get(wanted.size()) + " has no --format to go with it");
    }
    if (wanted.size() - outputs.size() > 1) {
      throw usage("only one --format can go to standard output; give the others an --output");
    }
    for (int i = 0; i < wanted.size(); i++) {
      options.report(wanted.get(i), i < outputs.size() ? outputs.get(i) : null);
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
