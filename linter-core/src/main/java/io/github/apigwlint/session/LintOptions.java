package io.github.apigwlint.session;

import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.Progress;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.rule.RuleDocs;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a front end asks of a session, as its user wrote it: names and texts are validated by
 * {@link LintSession#open}, relative paths resolved against the working directory.
 *
 * @param workingDirectory relative paths start here; paths in findings and messages are shown
 *     relative to it
 * @param paths files and folders to read; none is the working directory
 * @param configFile the configuration file the user named, or null to look in {@code configFolders}
 * @param configFolders where to look for {@code .apigw-lint.yaml}, first match wins; none to find
 *     the nearest one at or above the paths ({@link ConfigDiscovery})
 * @param ruleSwitches rule switches over the configuration file's {@code rules}, later ones winning
 * @param excludes path globs relative to the working directory never read, besides the
 *     configuration file's
 * @param failOn the fail threshold's name, or null for {@code error}
 * @param reports the reports to write
 * @param standardOutput where a report without a file goes, or null when none may
 * @param baselineFile a baseline whose findings are not reported, or null
 * @param baselineOutput where {@link LintSession#writeBaseline} writes the baseline, or null
 * @param changedSince a git ref: only findings in files changed since it are reported; or null
 * @param today the day baseline entries expire against
 * @param docs rule doc pages, for the SARIF report
 * @param standardInput a document read from standard input, or null
 */
public record LintOptions(
    Path workingDirectory,
    List<Path> paths,
    Path configFile,
    List<Path> configFolders,
    List<RuleSwitch> ruleSwitches,
    List<String> excludes,
    String failOn,
    List<Report> reports,
    Writer standardOutput,
    Path baselineFile,
    Path baselineOutput,
    String changedSince,
    LocalDate today,
    RuleDocs docs,
    Progress progress,
    LintRequest.Document standardInput) {

  /**
   * One rule switch given as a parameter.
   *
   * @param where how the front end calls the parameter, to start messages about it
   * @param setting {@code off}, {@code on} or a severity
   */
  public record RuleSwitch(String where, String id, String setting) {}

  /**
   * One report.
   *
   * @param format the format's name
   * @param file where it goes; null for the format's own file name in {@code folder}
   * @param folder where it goes under the format's file name ({@code apigw-lint.sarif}); null,
   *     with a null {@code file}, for standard output
   */
  public record Report(String format, Path file, Path folder) {}

  public LintOptions {
    workingDirectory = workingDirectory.toAbsolutePath().normalize();
    paths = List.copyOf(paths);
    configFolders = List.copyOf(configFolders);
    ruleSwitches = List.copyOf(ruleSwitches);
    excludes = List.copyOf(excludes);
    reports = List.copyOf(reports);
  }

  /** Options to read the working directory with its configuration, writing no report, failing on errors. */
  public static Builder in(Path workingDirectory) {
    return new Builder(workingDirectory);
  }

  /** Options one at a time; unset ones keep the defaults of {@link #in}. */
  public static final class Builder {
    private final Path workingDirectory;
    private List<Path> paths = List.of();
    private Path configFile;
    private List<Path> configFolders = List.of();
    private final List<RuleSwitch> ruleSwitches = new ArrayList<>();
    private List<String> excludes = List.of();
    private String failOn;
    private final List<Report> reports = new ArrayList<>();
    private Writer standardOutput;
    private Path baselineFile;
    private Path baselineOutput;
    private String changedSince;
    private LocalDate today = LocalDate.now();
    private RuleDocs docs = new RuleDocs(RuleRegistry.class.getClassLoader());
    private Progress progress = Progress.NONE;
    private LintRequest.Document standardInput;

    private Builder(Path workingDirectory) {
      this.workingDirectory = workingDirectory;
    }

    public Builder paths(List<Path> value) {
      paths = value;
      return this;
    }

    public Builder configFile(Path value) {
      configFile = value;
      return this;
    }

    public Builder configFolders(List<Path> value) {
      configFolders = value;
      return this;
    }

    public Builder ruleSwitch(String where, String id, String setting) {
      ruleSwitches.add(new RuleSwitch(where, id, setting));
      return this;
    }

    /** Rule ids all switched to {@code setting}; a message about one starts with {@code where.apply(id)}. */
    public Builder ruleSwitches(List<String> ids, String setting, Function<String, String> where) {
      ids.forEach(id -> ruleSwitch(where.apply(id), id, setting));
      return this;
    }

    /** Rule switches by rule id; a message about one starts with {@code where.apply(id)}. */
    public Builder ruleSwitches(Map<String, String> settings, Function<String, String> where) {
      settings.forEach((id, setting) -> ruleSwitch(where.apply(id), id, setting));
      return this;
    }

    public Builder excludes(List<String> value) {
      excludes = value;
      return this;
    }

    public Builder failOn(String value) {
      failOn = value;
      return this;
    }

    /** A report to {@code file}, or to standard output when it is null. */
    public Builder report(String format, Path file) {
      reports.add(new Report(format, file, null));
      return this;
    }

    /** A report to its format's file name in {@code folder}. */
    public Builder reportInFolder(String format, Path folder) {
      reports.add(new Report(format, null, folder));
      return this;
    }

    public Builder standardOutput(Writer value) {
      standardOutput = value;
      return this;
    }

    public Builder baselineFile(Path value) {
      baselineFile = value;
      return this;
    }

    public Builder baselineOutput(Path value) {
      baselineOutput = value;
      return this;
    }

    public Builder changedSince(String value) {
      changedSince = value;
      return this;
    }

    public Builder today(LocalDate value) {
      today = value;
      return this;
    }

    public Builder docs(RuleDocs value) {
      docs = value;
      return this;
    }

    public Builder progress(Progress value) {
      progress = value;
      return this;
    }

    /** A document to read besides the paths, named {@code name}; with no paths, the only one. */
    public Builder standardInput(String name, byte[] content) {
      standardInput = new LintRequest.Document(name, content);
      return this;
    }

    public LintOptions build() {
      return new LintOptions(workingDirectory, paths, configFile, configFolders, ruleSwitches, excludes,
          failOn, reports, standardOutput, baselineFile, baselineOutput, changedSince, today, docs, progress, standardInput);
    }
  }
}
