package io.github.apigwlint.session;

import io.github.apigwlint.baseline.Baseline;
import io.github.apigwlint.baseline.BaselineException;
import io.github.apigwlint.baseline.BaselineFile;
import io.github.apigwlint.baseline.OutdatedBaselineException;
import io.github.apigwlint.access.summary.ApiAccess;
import io.github.apigwlint.analysis.AnalysedWorkspace;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.report.AtomicFile;
import io.github.apigwlint.report.CheckedOutput;
import io.github.apigwlint.report.ReportFormat;
import io.github.apigwlint.report.Reporter;
import io.github.apigwlint.rule.Finding;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One run of the linter as every front end does it. {@link #open} checks the options and reads the
 * configuration, the baseline and the changed files, so that bad input fails before any file is
 * read; {@link #run} analyses, filters, writes the reports and takes the fail decision.
 */
public final class LintSession {

  private final LintOptions options;
  private final RuleRegistry rules;
  private final LintRunner runner;
  private final FailThreshold threshold;
  private final List<ReportFormat> formats;
  private final SessionConfig config;
  private final Optional<Path> baselineFile;
  private final Baseline baseline;
  private final Set<Path> changed;
  private final LintRequest request;

  private LintSession(LintOptions options, RuleRegistry rules, LintRunner runner) throws LintSessionException {
    this.options = options;
    this.rules = rules;
    this.runner = runner;
    this.threshold = FailThreshold.parse(options.failOn());
    this.formats = formats(options.reports());
    List<Path> inputs = inputs(options);
    this.config = SessionConfig.load(options, rules.withEngineRules());
    this.baselineFile = baselineFile(options);
    this.request = new LintRequest(inputs, config.config(), options.workingDirectory(), options.progress(), options.excludes(),
        options.standardInput() == null ? List.of() : List.of(options.standardInput()));
    checkOutputs(inputs);
    this.baseline = baselineFile.isEmpty() ? null : readBaseline(baselineFile.get());
    this.changed = options.changedSince() == null
        ? null
        : new GitChanges(options.workingDirectory()).since(options.changedSince());
  }

  /** A session over {@code rules} (the rule pack; the engine's own rules are added) with the real engine. */
  public static LintSession open(LintOptions options, RuleRegistry rules) throws LintSessionException {
    return open(options, rules, LintRunner.STANDARD);
  }

  public static LintSession open(LintOptions options, RuleRegistry rules, LintRunner runner)
      throws LintSessionException {
    return new LintSession(options, rules, runner);
  }

  public FailThreshold threshold() {
    return threshold;
  }

  public List<ReportFormat> formats() {
    return formats;
  }

  public Optional<Path> configFile() {
    return config.file();
  }

  /** Whether the configuration file was found at or above the paths rather than in the working directory. */
  public boolean configDiscovered() {
    return config.discovered();
  }

  public Optional<Path> baselineFile() {
    return baselineFile;
  }

  /**
   * The files the walk of the paths finds, for a front end that keys a cache on their contents; the
   * files templates include besides are known after a run ({@link LintResult#included()}).
   */
  public List<Path> inputFiles() {
    return Linter.files(request);
  }

  /** Who can invoke each API of the run's files: the access summary of every stage and method. */
  public List<ApiAccess> access() {
    return new AnalysedWorkspace(Linter.workspace(request)).access();
  }

  /**
   * Writes the baseline of today's findings to the options' {@code baselineOutput}. Entries of the
   * baseline already there keep their reason and expiry; one written by an earlier version, which it
   * cannot match, is replaced.
   *
   * @return how many entries the new baseline has
   */
  public int writeBaseline(String reason, LocalDate expires) throws LintSessionException {
    if (options.baselineOutput() == null) {
      throw new IllegalStateException("no baselineOutput in the session's options");
    }
    Path file = options.workingDirectory().resolve(options.baselineOutput()).normalize();
    Baseline previous = null;
    if (Files.isRegularFile(file)) {
      try {
        previous = BaselineFile.read(file, display(file));
      } catch (OutdatedBaselineException e) {
        previous = null; // regenerating it is what its message asks for
      } catch (BaselineException e) {
        throw new LintSessionException(e.getMessage() + " (delete it to start a new baseline)", e);
      }
    }
    Baseline baseline = Baseline.of(analyse().findings(), previous, reason, expires);
    try {
      AtomicFile.write(file, out -> BaselineFile.write(baseline, out));
    } catch (IOException e) {
      throw cannotWrite(display(file), e);
    }
    return baseline.entries().size();
  }

  /** The findings of the rules after suppressions, before the baseline and changed-since filters. */
  private LintResult analyse() {
    return runner.run(rules, request);
  }

  public LintOutcome run() throws LintSessionException {
    LintResult analysed = analyse();
    List<String> messages = new ArrayList<>();
    List<Finding> findings = analysed.findings();
    if (baseline != null) {
      Baseline.Filtered filtered = baseline.filter(findings, analysed.rules(), options.today());
      findings = filtered.reported();
      messages.add("baseline: " + filtered.baselined() + " finding(s) accepted, " + filtered.expired()
          + " reported again because their entry expired, " + filtered.stale()
          + " entr(y/ies) match nothing any more");
    }
    if (changed != null) {
      Path base = options.workingDirectory();
      int before = findings.size();
      findings = findings.stream()
          .filter(f -> changed.contains(base.resolve(f.location().file()).toAbsolutePath().normalize()))
          .toList();
      messages.add("changed since " + options.changedSince() + ": " + changed.size() + " file(s); "
          + (before - findings.size()) + " finding(s) in other files not reported");
    }
    LintResult reported = new LintResult(findings, analysed.rules(), analysed.files(), analysed.notes(), analysed.included());
    return new LintOutcome(reported, messages, threshold, writeReports(reported));
  }

  private List<Path> writeReports(LintResult result) throws LintSessionException {
    List<Path> written = new ArrayList<>();
    for (int i = 0; i < formats.size(); i++) {
      ReportFormat format = formats.get(i);
      Reporter reporter = format.reporter(options.docs(), options.workingDirectory().toUri());
      LintOptions.Report report = options.reports().get(i);
      if (report.file() == null && report.folder() == null) {
        try {
          reporter.write(result, options.standardOutput());
          CheckedOutput.flush(options.standardOutput());
        } catch (IOException e) {
          throw cannotWrite("the " + format + " report to standard output", e);
        }
        continue;
      }
      Path target = reportFile(report, format);
      try {
        AtomicFile.write(target, out -> reporter.write(result, out));
      } catch (IOException e) {
        throw cannotWrite(display(target), e);
      }
      written.add(target);
    }
    return written;
  }

  /** {@code cannot write <what>: <reason>}, the reason in words rather than a path. */
  private static LintSessionException cannotWrite(String what, IOException e) {
    String reason = e.getMessage();
    if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof NoSuchFileException) {
      reason = "no such folder";
    } else if (e instanceof FileSystemException other && other.getReason() != null) {
      reason = other.getReason();
    }
    return new LintSessionException("cannot write " + what + ": " + reason, e);
  }

  private Path reportFile(LintOptions.Report report, ReportFormat format) {
    return options.workingDirectory()
        .resolve(report.file() != null ? report.file() : report.folder().resolve(format.fileName()))
        .normalize();
  }

  /** Refuses, before anything is read or written, an output that names one of the run's inputs. */
  private void checkOutputs(List<Path> inputs) throws LintSessionException {
    OutputFiles files = new OutputFiles()
        .inputs(options.paths().isEmpty() ? List.of() : inputs, "a file named on the command line");
    config.file().ifPresent(file -> files.input(file, "the configuration file"));
    baselineFile.ifPresent(file -> files.input(file, "the baseline it reads"));
    List<OutputFiles.Output> outputs = new ArrayList<>();
    for (int i = 0; i < formats.size(); i++) {
      LintOptions.Report report = options.reports().get(i);
      if (report.file() != null || report.folder() != null) {
        Path target = reportFile(report, formats.get(i));
        outputs.add(new OutputFiles.Output(target, display(target)));
      }
    }
    OutputFiles.Output baselineOutput = options.baselineOutput() == null ? null : new OutputFiles.Output(
        options.workingDirectory().resolve(options.baselineOutput()).normalize(), options.baselineOutput().toString());
    files.check(outputs, baselineOutput, () -> Linter.files(request));
  }

  private static List<ReportFormat> formats(List<LintOptions.Report> reports) throws LintSessionException {
    List<ReportFormat> formats = new ArrayList<>();
    for (LintOptions.Report report : reports) {
      formats.add(ReportFormat.byName(report.format()).orElseThrow(() -> new LintSessionException(
          "report format \"" + report.format() + "\" is not one of " + ReportFormat.names())));
    }
    return formats;
  }

  private static List<Path> inputs(LintOptions options) throws LintSessionException {
    List<Path> inputs = new ArrayList<>();
    boolean nothingNamed = options.paths().isEmpty() && options.standardInput() == null;
    for (Path path : nothingNamed ? List.of(Path.of("")) : options.paths()) {
      Path input = options.workingDirectory().resolve(path).normalize();
      if (!Files.exists(input)) {
        throw new LintSessionException("no such file or folder: " + path);
      }
      inputs.add(input);
    }
    return inputs;
  }

  private static Optional<Path> baselineFile(LintOptions options) throws LintSessionException {
    if (options.baselineFile() == null) {
      return Optional.empty();
    }
    Path file = options.workingDirectory().resolve(options.baselineFile()).normalize();
    if (!Files.isRegularFile(file)) {
      String shown = DisplayPath.of(file, options.workingDirectory());
      throw new LintSessionException("no such baseline file: " + shown
          + " (create it with 'apigw-lint baseline --output " + shown + "')");
    }
    return Optional.of(file);
  }

  private Baseline readBaseline(Path file) throws LintSessionException {
    try {
      return BaselineFile.read(file, display(file));
    } catch (BaselineException e) {
      throw new LintSessionException(e.getMessage(), e);
    }
  }

  private String display(Path file) {
    return DisplayPath.of(file, options.workingDirectory());
  }
}
