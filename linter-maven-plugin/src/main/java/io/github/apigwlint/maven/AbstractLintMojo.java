package io.github.apigwlint.maven;

import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.report.Summary;
import io.github.apigwlint.report.ToolInfo;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.RuleDocs;
import io.github.apigwlint.session.DisplayPath;
import io.github.apigwlint.session.FailThreshold;
import io.github.apigwlint.session.LintOptions;
import io.github.apigwlint.session.LintOutcome;
import io.github.apigwlint.session.LintSession;
import io.github.apigwlint.session.SourceFolders;
import io.github.apigwlint.session.LintSessionException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the {@code check} and {@code check-aggregate} goals share: their parameters, the run of one
 * lint session over the folders a goal picks, its result cache, the log and the build result.
 *
 * <p>Paths in findings, and the path globs of the configuration file, are relative to the folder
 * Maven was started in (the top of a multi-module build), or to the project when it lies outside.
 */
abstract class AbstractLintMojo extends AbstractMojo {

  static final List<String> DEFAULT_SOURCE_DIRECTORIES =
      List.of("src/main/resources", "src/main/cloudformation", "infra", "cdk.out");
  static final String CACHE_FILE = "apigw-lint.cache";

  /** Skip the check. */
  @Parameter(property = "apigw-lint.skip", defaultValue = "false")
  boolean skip;

  /**
   * Folders to check. Default: those of {@code src/main/resources}, {@code src/main/cloudformation},
   * {@code infra} and {@code cdk.out} that exist in the module. {@code check-aggregate} checks those
   * of every module of the build, and the folders given here besides.
   */
  @Parameter(property = "apigw-lint.sourceDirectories")
  List<File> sourceDirectories;

  /**
   * Globs, relative to each source folder, of the files to check. Default: every {@code .json},
   * {@code .yaml}, {@code .yml}, {@code .template}, {@code .tf} and {@code .tfvars} file.
   */
  @Parameter(property = "apigw-lint.includes")
  List<String> includes;

  /** Globs, relative to each source folder, of files and folders never read. */
  @Parameter(property = "apigw-lint.excludes")
  List<String> excludes;

  /** The least severity that fails the build: {@code error}, {@code warning}, {@code note} or {@code never}. */
  @Parameter(property = "apigw-lint.failOnSeverity", defaultValue = "error")
  String failOnSeverity;

  /** Whether findings at or above {@code failOnSeverity} fail the build; false only reports them. */
  @Parameter(property = "apigw-lint.failOnViolation", defaultValue = "true")
  boolean failOnViolation;

  /**
   * How many findings at or above {@code failOnSeverity} the build tolerates; one more fails it.
   */
  @Parameter(property = "apigw-lint.maxAllowedViolations", defaultValue = "0")
  int maxAllowedViolations;

  /** Whether every finding is printed in the log; false prints the summary line only. */
  @Parameter(property = "apigw-lint.consoleOutput", defaultValue = "true")
  boolean consoleOutput;

  /**
   * Report files to write to {@code outputDirectory}: {@code text} ({@code apigw-lint.txt}),
   * {@code json} ({@code apigw-lint.json}), {@code sarif} ({@code apigw-lint.sarif}), {@code junit}
   * ({@code apigw-lint.junit.xml}), {@code gitlab} ({@code apigw-lint.gitlab.json}), {@code markdown}
   * ({@code apigw-lint.md}), {@code github} ({@code apigw-lint.github.txt}).
   */
  @Parameter(property = "apigw-lint.formats", defaultValue = "text,sarif")
  List<String> formats;

  /**
   * Report files by format, for reports that go elsewhere than {@code outputDirectory} or under
   * other names: format name to file, as {@code sarif} to {@code target/code-scanning.sarif}. A
   * format named here is written even when {@code formats} does not list it.
   */
  @Parameter
  Map<String, String> outputFiles;

  /** Where the reports and the result cache go. */
  @Parameter(property = "apigw-lint.outputDirectory", defaultValue = "${project.build.directory}/apigw-lint")
  File outputDirectory;

  /**
   * The configuration file ({@code .apigw-lint.yaml} format). Default: {@code .apigw-lint.yaml} or
   * {@code .apigw-lint.yml} in the module, else in the folder Maven was started in, if any.
   */
  @Parameter(property = "apigw-lint.configFile")
  File configFile;

  /**
   * A baseline written by {@code apigw-lint baseline}: findings listed in it are not reported (until
   * their entry expires). Its paths are relative to the folder Maven was started in.
   */
  @Parameter(property = "apigw-lint.baselineFile")
  File baselineFile;

  /** Rule ids to turn on, over the configuration file (as {@code rules: {id: on}}). */
  @Parameter(property = "apigw-lint.enableRules")
  List<String> enableRules;

  /** Rule ids to turn off, over the configuration file (as {@code rules: {id: off}}). */
  @Parameter(property = "apigw-lint.disableRules")
  List<String> disableRules;

  /**
   * Per-rule switches, as in the configuration file's {@code rules}: rule id to {@code off},
   * {@code on}, {@code error}, {@code warning} or {@code note}. Wins over the file and over
   * {@code enableRules}/{@code disableRules}.
   */
  @Parameter
  Map<String, String> rules;

  /** Reuse the previous result when inputs, configuration, plugin and rules are unchanged. */
  @Parameter(property = "apigw-lint.useCache", defaultValue = "true")
  boolean useCache;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  /** The folders to check, those of them that exist; none checks nothing. */
  abstract List<Path> sourceFolders(Path projectDir);

  /** Where the goal looked for source folders, for the message when there is none. */
  abstract String sourceFoldersLookedFor();

  /** Why the goal does nothing in this project, if it does nothing here. */
  Optional<String> notInThisProject() {
    return Optional.empty();
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("apigw-lint: skipped (apigw-lint.skip)");
      return;
    }
    Optional<String> elsewhere = notInThisProject();
    if (elsewhere.isPresent()) {
      getLog().info("apigw-lint: " + elsewhere.get());
      return;
    }
    if (maxAllowedViolations < 0) {
      throw new MojoExecutionException("apigw-lint: maxAllowedViolations is " + maxAllowedViolations
          + "; it must be 0 or more");
    }
    Path projectDir = project.getBasedir().toPath().toAbsolutePath().normalize();
    Path baseDir = baseDirectory(projectDir);
    List<Path> sources = sourceFolders(projectDir);
    if (sources.isEmpty()) {
      getLog().info("apigw-lint: no source folder to check (" + sourceFoldersLookedFor() + ")");
      return;
    }
    ClassLoader loader = getClass().getClassLoader();
    RuleRegistry registry = RuleRegistry.load(loader);
    List<Path> inputs = inputs(sources);
    Path output = outputDirectory.toPath().toAbsolutePath().normalize();
    Map<String, Path> reportFiles = reportFiles(projectDir);
    LintSession lintSession;
    try {
      lintSession = LintSession.open(
          options(projectDir, baseDir, sources, inputs, output, reportFiles, loader), registry);
    } catch (LintSessionException e) {
      throw new MojoExecutionException("apigw-lint: " + e.getMessage(), e);
    }

    CachedResult result;
    try {
      String key = cacheKey(lintSession, registry, sources, baseDir, reportFiles);
      Path cacheFile = output.resolve(CACHE_FILE);
      Optional<CachedResult> cached = useCache ? CachedResult.read(cacheFile, key) : Optional.empty();
      if (cached.isPresent()) {
        result = cached.get();
        getLog().info("apigw-lint: inputs, configuration and rules unchanged since the last run;"
            + " reusing its result and reports (" + cacheFile + ")");
      } else {
        result = run(lintSession, key);
        if (useCache) {
          result.write(cacheFile);
        }
      }
    } catch (IOException e) {
      throw new MojoExecutionException("apigw-lint: " + e.getMessage(), e);
    }

    result.messages().forEach(message -> getLog().info(message));
    if (consoleOutput) {
      result.lines().forEach(line -> LogLines.log(getLog(), line));
    }
    getLog().info(LogLines.summary(result.summary()));
    result.reports().keySet().forEach(report -> getLog().info("apigw-lint: report " + report));
    decide(lintSession.threshold(), result);
  }

  /** Fails the build when more than {@code maxAllowedViolations} findings reach the threshold. */
  private void decide(FailThreshold threshold, CachedResult result) throws MojoFailureException {
    long failing = result.lines().stream().filter(line -> threshold.reachedBy(line.severity())).count();
    if (failing == 0) {
      return;
    }
    String message = "apigw-lint: " + failing + " finding" + (failing == 1 ? "" : "s")
        + " at or above " + threshold + " (" + maxAllowedViolations + " allowed)";
    if (failing <= maxAllowedViolations) {
      getLog().warn(message + "; not failing the build (maxAllowedViolations)");
    } else if (failOnViolation) {
      throw new MojoFailureException(message);
    } else {
      getLog().warn(message + "; not failing the build (failOnViolation is false)");
    }
  }

  /** {@code outputFiles} with their paths resolved against the project. */
  private Map<String, Path> reportFiles(Path projectDir) {
    Map<String, Path> files = new TreeMap<>();
    if (outputFiles != null) {
      outputFiles.forEach((format, file) ->
          files.put(format.trim(), projectDir.resolve(file.trim()).normalize()));
    }
    return files;
  }

  /** The goal's parameters as the core takes them; paths in findings are relative to {@code baseDir}. */
  private LintOptions options(Path moduleDir, Path baseDir, List<Path> sources, List<Path> inputs, Path output,
      Map<String, Path> reportFiles, ClassLoader loader) {
    LintOptions.Builder options = LintOptions.in(baseDir)
        .paths(inputs)
        .configFile(configFile == null ? null : moduleDir.resolve(configFile.toPath()))
        .configFolders(List.of(moduleDir, baseDir))
        .baselineFile(baselineFile == null ? null : moduleDir.resolve(baselineFile.toPath()))
        .excludes(sourceExcludes(sources, baseDir))
        .failOn(failOnSeverity)
        .ruleSwitches(list(enableRules), "on", id -> "enableRules: " + id)
        .ruleSwitches(list(disableRules), "off", id -> "disableRules: " + id)
        .ruleSwitches(rules == null ? Map.of() : rules, id -> "rules." + id)
        .docs(new RuleDocs(loader));
    Stream.concat(list(formats).stream(), reportFiles.keySet().stream()).distinct().forEach(format -> {
      Path file = reportFiles.get(format);
      if (file == null) {
        options.reportInFolder(format, output);
      } else {
        options.report(format, file);
      }
    });
    return options.build();
  }

  /** {@code excludes} are relative to each source folder; the core's are relative to {@code baseDir}. */
  private List<String> sourceExcludes(List<Path> sources, Path baseDir) {
    List<String> globs = new ArrayList<>();
    for (Path source : sources) {
      String prefix = escapeGlob(DisplayPath.of(source, baseDir));
      for (String exclude : list(excludes)) {
        globs.add(prefix.isEmpty() ? exclude : prefix + "/" + exclude);
      }
    }
    return globs;
  }

  private CachedResult run(LintSession lintSession, String key) throws MojoExecutionException, IOException {
    LintOutcome outcome;
    try {
      outcome = lintSession.run();
    } catch (LintSessionException | IllegalArgumentException | UncheckedIOException e) {
      throw new MojoExecutionException("apigw-lint: " + e.getMessage(), e);
    }
    outcome.notes().forEach(note -> getLog().debug("apigw-lint: " + note));
    Map<Path, String> written = hashes(outcome.reports());
    Map<Path, String> included = hashes(outcome.included());
    List<CachedResult.Line> lines = new ArrayList<>();
    for (Finding finding : outcome.findings()) {
      lines.add(new CachedResult.Line(finding.severity(), LogLines.finding(finding)));
    }
    List<String> messages = outcome.messages().stream().map(message -> "apigw-lint: " + message).toList();
    return new CachedResult(key, messages, lines, Summary.of(outcome.result()), written, included);
  }

  private static Map<Path, String> hashes(List<Path> files) throws IOException {
    Map<Path, String> hashes = new LinkedHashMap<>();
    for (Path file : files) {
      hashes.put(file, CacheKey.sha256(Files.readAllBytes(file)));
    }
    return hashes;
  }

  /** The folder Maven was started in when the module is inside it, else the module. */
  private Path baseDirectory(Path moduleDir) {
    String root = session == null ? null : session.getExecutionRootDirectory();
    if (root != null) {
      Path rootDir = Path.of(root).toAbsolutePath().normalize();
      if (moduleDir.startsWith(rootDir)) {
        return rootDir;
      }
    }
    return moduleDir;
  }

  /** Those of the default source folders that exist in {@code projectDir}. */
  static List<Path> defaultSourceFolders(Path projectDir) {
    return DEFAULT_SOURCE_DIRECTORIES.stream().map(projectDir::resolve).filter(Files::isDirectory).toList();
  }

  /** Those of {@code sourceDirectories}, relative to {@code projectDir}, that exist. */
  List<Path> configuredSourceFolders(Path projectDir) {
    List<Path> dirs = new ArrayList<>();
    for (File file : sourceDirectories == null ? List.<File>of() : sourceDirectories) {
      Path dir = projectDir.resolve(file.toPath()).normalize();
      if (Files.isDirectory(dir)) {
        dirs.add(dir);
      } else {
        getLog().debug("apigw-lint: source folder " + dir + " does not exist");
      }
    }
    return dirs;
  }

  /**
   * What to read: the source folders themselves, so that the core picks the files, or, with
   * {@code includes}, the files under them that match.
   */
  private List<Path> inputs(List<Path> sources) throws MojoExecutionException {
    if (list(includes).isEmpty()) {
      return sources;
    }
    try {
      return SourceFolders.matching(sources, list(includes), list(excludes));
    } catch (LintSessionException e) {
      throw new MojoExecutionException("apigw-lint: " + e.getMessage(), e);
    }
  }

  private String cacheKey(LintSession lintSession, RuleRegistry registry, List<Path> sources,
      Path baseDir, Map<String, Path> reportFiles) throws IOException {
    Optional<Path> configPath = lintSession.configFile();
    Optional<Path> baselinePath = lintSession.baselineFile();
    CacheKey key = new CacheKey()
        .put("plugin", plugin == null ? "?" : plugin.getId())
        .put("tool", ToolInfo.current().version())
        .put("rules", registry.infos().stream().map(info -> info.id()).collect(Collectors.joining(",")))
        .put("pluginArtifacts", plugin == null || plugin.getArtifacts() == null ? "" : plugin.getArtifacts()
            .stream().map(a -> a.getId()).sorted().collect(Collectors.joining(",")))
        .put("baseDir", baseDir.toString())
        .put("formats", lintSession.formats().stream().map(Object::toString).collect(Collectors.joining(",")))
        .put("outputFiles", reportFiles.toString())
        .put("includes", String.join(",", list(includes)))
        .put("excludes", String.join(",", list(excludes)))
        .put("enableRules", String.join(",", list(enableRules)))
        .put("disableRules", String.join(",", list(disableRules)))
        .put("ruleSwitches", rules == null ? "" : new TreeMap<>(rules).toString())
        .put("sources", sources.toString());
    if (baselinePath.isPresent()) {
      // entries expire by date
      key.put("baselineFile", baselinePath.get().toString()).put("today", LocalDate.now().toString());
      key.putFile("baseline:" + baselinePath.get(), baselinePath.get());
    }
    if (configPath.isPresent()) {
      key.put("configFile", configPath.get().toString());
      key.putFile("config:" + configPath.get(), configPath.get());
    }
    // every file the walk finds; the files templates include are checked by the cached result
    for (Path file : lintSession.inputFiles()) {
      key.putFile(file.toString(), file);
    }
    return key.value();
  }

  private static List<String> list(List<String> values) {
    if (values == null) {
      return List.of();
    }
    return values.stream().map(String::trim).filter(value -> !value.isEmpty()).toList();
  }

  /** A literal folder name as a glob. */
  static String escapeGlob(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("*?[]{}\\".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
