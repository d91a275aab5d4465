package io.github.apigwlint.cli;

import io.github.apigwlint.baseline.Baseline;
import io.github.apigwlint.baseline.BaselineException;
import io.github.apigwlint.baseline.BaselineFile;
import io.github.apigwlint.config.Config;
import io.github.apigwlint.config.ConfigException;
import io.github.apigwlint.rule.Finding;
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
import java.time.LocalDate;
import java.util.Set;
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

  /** Where one report goes; a null file is standard output. */
  private record Destination(ReportFormat format, Path file) {}

  @Override
  public Integer call() throws ConfigException {
    List<Destination> destinations = destinations();
    List<Path> inputs = input.inputs(environment);
    RuleRegistry rules = input.rules(environment);
    Config settings = input.settings(environment, rules);
    Baseline accepted = baseline == null ? null : readBaseline();
    Set<Path> changed =
        changedSince == null ? null : new GitChanges(environment.workingDirectory()).since(changedSince);

    LintRequest request =
        new LintRequest(inputs, settings, environment.workingDirectory(), LintRun.progress(environment, spec));
    LintResult result = environment.linter().run(rules, request);
    List<String> notes = new ArrayList<>(result.notes());
    List<Finding> findings = result.findings();
    if (accepted != null) {
      Baseline.Filtered filtered = accepted.filter(findings, result.rules(), LocalDate.now(environment.clock()));
      findings = filtered.reported();
      notes.add("baseline: " + filtered.baselined() + " finding(s) accepted, " + filtered.expired()
          + " reported again because their entry expired, " + filtered.stale()
          + " entr(y/ies) match nothing any more");
    }
    if (changed != null) {
      Path base = environment.workingDirectory();
      int before = findings.size();
      findings =
          findings.stream()
              .filter(f -> changed.contains(base.resolve(f.location().file()).toAbsolutePath().normalize()))
              .toList();
      notes.add("changed since " + changedSince + ": " + changed.size() + " file(s); "
          + (before - findings.size()) + " finding(s) in other files not reported");
    }
    result = new LintResult(findings, result.rules(), result.files(), notes);

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

  private Baseline readBaseline() {
    Path file = environment.workingDirectory().resolve(baseline);
    if (!Files.isRegularFile(file)) {
      throw new CommandFailure("--baseline: no such file: " + baseline
          + " (create it with 'apigw-lint baseline --output " + baseline + "')");
    }
    try {
      return BaselineFile.read(file, LintRun.display(environment, file));
    } catch (BaselineException e) {
      throw new CommandFailure(e.getMessage(), e);
    }
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
