package io.github.apigwlint.maven;

import io.github.apigwlint.baseline.Baseline;
import io.github.apigwlint.baseline.BaselineException;
import io.github.apigwlint.baseline.BaselineFile;
import io.github.apigwlint.config.Config;
import io.github.apigwlint.config.ConfigException;
import io.github.apigwlint.config.ConfigLoader;
import io.github.apigwlint.config.Globs;
import io.github.apigwlint.config.Suggestions;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.report.GithubReporter;
import io.github.apigwlint.report.GitlabReporter;
import io.github.apigwlint.report.JsonReporter;
import io.github.apigwlint.report.JunitReporter;
import io.github.apigwlint.report.MarkdownReporter;
import io.github.apigwlint.report.ReportWriter;
import io.github.apigwlint.report.Reporter;
import io.github.apigwlint.report.SarifReporter;
import io.github.apigwlint.report.Summary;
import io.github.apigwlint.report.TextReporter;
import io.github.apigwlint.report.ToolInfo;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.RuleDocs;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.source.SourceLoader;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Checks the project's CloudFormation, SAM, CDK output, OpenAPI and IAM policy files for API
 * Gateway access mistakes, prints the findings, writes the reports, and fails the build on
 * findings at or above {@code failOnSeverity}.
 *
 * <p>Paths in findings, and the path globs of the configuration file, are relative to the folder
 * Maven was started in (the top of a multi-module build), or to the module when it lies outside.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

  static final List<String> DEFAULT_SOURCE_DIRECTORIES =
      List.of("src/main/resources", "src/main/cloudformation", "infra", "cdk.out");
  static final String CACHE_FILE = "apigw-lint.cache";
  static final List<String> FORMATS =
      List.of("text", "json", "sarif", "junit", "gitlab", "markdown", "github");

  /** Skip the check. */
  @Parameter(property = "apigw-lint.skip", defaultValue = "false")
  boolean skip;

  /**
   * Folders to check. Default: those of {@code src/main/resources}, {@code src/main/cloudformation},
   * {@code infra} and {@code cdk.out} that exist in the module.
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
   * Report files to write to {@code outputDirectory}: {@code text} ({@code apigw-lint.txt}),
   * {@code json} ({@code apigw-lint.json}), {@code sarif} ({@code apigw-lint.sarif}), {@code junit}
   * ({@code apigw-lint.junit.xml}), {@code gitlab} ({@code apigw-lint.gitlab.json}), {@code markdown}
   * ({@code apigw-lint.md}), {@code github} ({@code apigw-lint.github.txt}).
   */
  @Parameter(property = "apigw-lint.formats", defaultValue = "text,sarif")
  List<String> formats;

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

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("apigw-lint: skipped (apigw-lint.skip)");
      return;
    }
    Path moduleDir = project.getBasedir().toPath().toAbsolutePath().normalize();
    Path baseDir = baseDirectory(moduleDir);
    List<Path> sources = sourceDirectories(moduleDir);
    if (sources.isEmpty()) {
      getLog().info("apigw-lint: no source folder to check (none of "
          + (sourceDirectories == null || sourceDirectories.isEmpty()
              ? String.join(", ", DEFAULT_SOURCE_DIRECTORIES)
              : sourceDirectories.toString())
          + " exists)");
      return;
    }
    Severity threshold = threshold();
    Map<String, Reporter> reporters = new LinkedHashMap<>();
    ClassLoader loader = getClass().getClassLoader();
    RuleRegistry registry = RuleRegistry.load(loader);
    for (String format : formats()) {
      reporters.put(format, reporter(format, baseDir, loader));
    }
    Optional<Path> configPath = configPath(moduleDir, baseDir);
    Config config = config(configPath, baseDir, registry, sources);
    List<Path> inputs = inputs(sources);
    Optional<Path> baselinePath = baselinePath(moduleDir);
    Baseline baseline = baseline(baselinePath, baseDir);
    Path output = outputDirectory.toPath().toAbsolutePath().normalize();

    CachedResult result;
    try {
      String key = cacheKey(configPath, baselinePath, registry, reporters.keySet(), sources, inputs, baseDir);
      Path cacheFile = output.resolve(CACHE_FILE);
      Optional<CachedResult> cached = useCache ? CachedResult.read(cacheFile, key) : Optional.empty();
      if (cached.isPresent()) {
        result = cached.get();
        getLog().info("apigw-lint: inputs, configuration and rules unchanged since the last run;"
            + " reusing its result and reports (" + cacheFile + ")");
      } else {
        result = run(registry, new LintRequest(inputs, config, baseDir), baseline, reporters, output, key);
        if (useCache) {
          result.write(cacheFile);
        }
      }
    } catch (IOException e) {
      throw new MojoExecutionException("apigw-lint: " + e.getMessage(), e);
    }

    result.messages().forEach(message -> getLog().info(message));
    result.lines().forEach(line -> LogLines.log(getLog(), line));
    getLog().info(LogLines.summary(result.summary()));
    result.reports().keySet().forEach(report -> getLog().info("apigw-lint: report " + report));

    long failing = result.lines().stream()
        .filter(line -> threshold != null && line.severity().atLeast(threshold))
        .count();
    if (failing > 0) {
      String message = "apigw-lint: " + failing + " finding" + (failing == 1 ? "" : "s")
          + " at or above " + threshold.label() + " (failOnSeverity)";
      if (failOnViolation) {
        throw new MojoFailureException(message);
      }
      getLog().warn(message + "; not failing the build (failOnViolation is false)");
    }
  }

  private CachedResult run(RuleRegistry registry, LintRequest request, Baseline baseline,
      Map<String, Reporter> reporters, Path output, String key) throws MojoExecutionException, IOException {
    LintResult result;
    try {
      result = new Linter(registry).run(request);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new MojoExecutionException("apigw-lint: " + e.getMessage(), e);
    }
    result.notes().forEach(note -> getLog().debug("apigw-lint: " + note));
    List<String> messages = new ArrayList<>();
    if (baseline != null) {
      Baseline.Filtered filtered = baseline.filter(result.findings(), result.rules(), LocalDate.now());
      messages.add("apigw-lint: baseline: " + filtered.baselined() + " finding(s) accepted, "
          + filtered.expired() + " reported again because their entry expired, " + filtered.stale()
          + " entr(y/ies) match nothing any more");
      result = new LintResult(filtered.reported(), result.rules(), result.files(), result.notes());
    }
    Map<Path, String> written = new LinkedHashMap<>();
    for (Map.Entry<String, Reporter> entry : reporters.entrySet()) {
      Path file = output.resolve(fileName(entry.getKey()));
      try {
        ReportWriter.write(entry.getValue(), result, file);
      } catch (IOException e) {
        throw new MojoExecutionException("apigw-lint: cannot write " + file + ": " + e.getMessage(), e);
      }
      written.put(file, CacheKey.sha256(Files.readAllBytes(file)));
    }
    List<CachedResult.Line> lines = new ArrayList<>();
    for (Finding finding : result.findings()) {
      lines.add(new CachedResult.Line(finding.severity(), LogLines.finding(finding)));
    }
    return new CachedResult(key, messages, lines, Summary.of(result), written);
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

  private List<Path> sourceDirectories(Path moduleDir) {
    List<Path> dirs = new ArrayList<>();
    if (sourceDirectories == null || sourceDirectories.isEmpty()) {
      for (String name : DEFAULT_SOURCE_DIRECTORIES) {
        Path dir = moduleDir.resolve(name);
        if (Files.isDirectory(dir)) {
          dirs.add(dir);
        }
      }
      return dirs;
    }
    for (File file : sourceDirectories) {
      Path dir = moduleDir.resolve(file.toPath()).normalize();
      if (Files.isDirectory(dir)) {
        dirs.add(dir);
      } else {
        getLog().debug("apigw-lint: source folder " + dir + " does not exist");
      }
    }
    return dirs;
  }

  private Severity threshold() throws MojoExecutionException {
    String value = failOnSeverity == null ? "error" : failOnSeverity.trim().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "error", "warning", "note" -> Severity.parse(value);
      case "never" -> null;
      default -> throw new MojoExecutionException("apigw-lint: failOnSeverity \"" + failOnSeverity
          + "\" is not one of error, warning, note, never");
    };
  }

  private Set<String> formats() throws MojoExecutionException {
    Set<String> wanted = new LinkedHashSet<>();
    for (String format : formats == null ? List.<String>of() : formats) {
      String value = format.trim().toLowerCase(Locale.ROOT);
      if (value.isEmpty()) {
        continue;
      }
      if (!FORMATS.contains(value)) {
        throw new MojoExecutionException("apigw-lint: formats: \"" + format + "\" is not one of "
            + String.join(", ", FORMATS));
      }
      wanted.add(value);
    }
    return wanted;
  }

  static String fileName(String format) {
    return "apigw-lint." + switch (format) {
      case "text" -> "txt";
      case "junit" -> "junit.xml";
      case "gitlab" -> "gitlab.json";
      case "markdown" -> "md";
      case "github" -> "github.txt";
      default -> format;
    };
  }

  private static Reporter reporter(String format, Path baseDir, ClassLoader loader) {
    return switch (format) {
      case "json" -> new JsonReporter(ToolInfo.current());
      case "sarif" -> new SarifReporter(ToolInfo.current(), new RuleDocs(loader), baseDir.toUri());
      case "junit" -> new JunitReporter();
      case "gitlab" -> new GitlabReporter();
      case "markdown" -> new MarkdownReporter(ToolInfo.current());
      case "github" -> new GithubReporter();
      default -> new TextReporter();
    };
  }

  private Optional<Path> baselinePath(Path moduleDir) throws MojoExecutionException {
    if (baselineFile == null) {
      return Optional.empty();
    }
    Path file = moduleDir.resolve(baselineFile.toPath()).normalize();
    if (!Files.isRegularFile(file)) {
      throw new MojoExecutionException("apigw-lint: baselineFile " + file + " does not exist"
          + " (create it with 'apigw-lint baseline --output FILE')");
    }
    return Optional.of(file);
  }

  private static Baseline baseline(Optional<Path> file, Path baseDir) throws MojoExecutionException {
    if (file.isEmpty()) {
      return null;
    }
    try {
      return BaselineFile.read(file.get(), display(file.get(), baseDir));
    } catch (BaselineException e) {
      throw new MojoExecutionException("apigw-lint: invalid baseline: " + e.getMessage(), e);
    }
  }

  private Optional<Path> configPath(Path moduleDir, Path baseDir) throws MojoExecutionException {
    if (configFile != null) {
      Path file = moduleDir.resolve(configFile.toPath()).normalize();
      if (!Files.isRegularFile(file)) {
        throw new MojoExecutionException("apigw-lint: configFile " + file + " does not exist");
      }
      return Optional.of(file);
    }
    Optional<Path> found = ConfigLoader.find(moduleDir);
    return found.isPresent() ? found : ConfigLoader.find(baseDir);
  }

  /** The configuration file, with the plugin's rule switches and excludes over it. */
  private Config config(Optional<Path> file, Path baseDir, RuleRegistry registry, List<Path> sources)
      throws MojoExecutionException {
    Config loaded = Config.defaults();
    if (file.isPresent()) {
      String label = display(file.get(), baseDir);
      try {
        loaded = ConfigLoader.load(file.get(), label);
      } catch (ConfigException e) {
        throw new MojoExecutionException("apigw-lint: invalid configuration: " + e.getMessage(), e);
      }
      for (String id : loaded.rules().keySet()) {
        checkRuleId(id, registry, label + ": rules." + id);
      }
    }
    Map<String, Config.RuleSetting> switches = new LinkedHashMap<>(loaded.rules());
    for (String id : list(enableRules)) {
      checkRuleId(id, registry, "enableRules");
      switches.put(id, new Config.RuleSetting(true, null));
    }
    for (String id : list(disableRules)) {
      checkRuleId(id, registry, "disableRules");
      switches.put(id, new Config.RuleSetting(false, null));
    }
    for (Map.Entry<String, String> entry : rules == null ? Map.<String, String>of().entrySet() : rules.entrySet()) {
      checkRuleId(entry.getKey(), registry, "rules");
      switches.put(entry.getKey(), ruleSwitch(entry.getKey(), entry.getValue()));
    }
    List<String> allExcludes = new ArrayList<>(loaded.excludes());
    for (Path source : sources) {
      String prefix = escapeGlob(display(source, baseDir));
      for (String exclude : list(excludes)) {
        allExcludes.add(prefix.isEmpty() ? exclude : prefix + "/" + exclude);
      }
    }
    return loaded.withRules(switches).withExcludes(allExcludes);
  }

  private static Config.RuleSetting ruleSwitch(String id, String value) throws MojoExecutionException {
    String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    return switch (text) {
      case "off" -> new Config.RuleSetting(false, null);
      case "on" -> new Config.RuleSetting(true, null);
      case "error", "warning", "note" -> new Config.RuleSetting(true, Severity.parse(text));
      default -> throw new MojoExecutionException("apigw-lint: rules." + id + ": \"" + value
          + "\" is not one of off, on, error, warning, note");
    };
  }

  private static void checkRuleId(String id, RuleRegistry registry, String where)
      throws MojoExecutionException {
    if (registry.find(id).isPresent()) {
      return;
    }
    List<String> ids = registry.infos().stream()
        .flatMap(info -> Stream.concat(Stream.of(info.id()), Stream.of(info.altIds())))
        .toList();
    List<String> close = Suggestions.closest(id, ids);
    throw new MojoExecutionException("apigw-lint: invalid configuration: " + where + ": unknown rule \""
        + id + "\"" + (close.isEmpty()
            ? " (known rules: " + String.join(", ", ids) + ")"
            : " (did you mean " + String.join(", ", close) + "?)"));
  }

  /**
   * What to read: the source folders themselves, so that the core picks the files, or, with
   * {@code includes}, the files under them that match.
   */
  private List<Path> inputs(List<Path> sources) throws MojoExecutionException {
    if (list(includes).isEmpty()) {
      return sources;
    }
    Set<Path> files = new TreeSet<>();
    for (Path source : sources) {
      try (Stream<Path> walk = Files.walk(source)) {
        walk.filter(Files::isRegularFile)
            .filter(file -> matchesAny(includes, source.relativize(file))
                && !matchesAny(list(excludes), source.relativize(file)))
            .forEach(files::add);
      } catch (IOException | UncheckedIOException e) {
        throw new MojoExecutionException("apigw-lint: cannot list " + source + ": " + e.getMessage(), e);
      }
    }
    return new ArrayList<>(files);
  }

  private String cacheKey(Optional<Path> configPath, Optional<Path> baselinePath, RuleRegistry registry, Set<String> formatNames,
      List<Path> sources, List<Path> inputs, Path baseDir) throws IOException {
    CacheKey key = new CacheKey()
        .put("plugin", plugin == null ? "?" : plugin.getId())
        .put("tool", ToolInfo.current().version())
        .put("rules", registry.infos().stream().map(info -> info.id()).collect(Collectors.joining(",")))
        .put("pluginArtifacts", plugin == null || plugin.getArtifacts() == null ? "" : plugin.getArtifacts()
            .stream().map(a -> a.getId()).sorted().collect(Collectors.joining(",")))
        .put("baseDir", baseDir.toString())
        .put("formats", String.join(",", formatNames))
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
    // every file the core could read: the named files, or the candidates under the folders
    for (Path input : inputs) {
      if (Files.isRegularFile(input)) {
        key.putFile(input.toString(), input);
        continue;
      }
      try (Stream<Path> walk = Files.walk(input)) {
        for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)
            .filter(SourceLoader::isCandidate)::iterator) {
          key.putFile(file.toString(), file);
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    return key.value();
  }

  private static boolean matchesAny(List<String> globs, Path relative) {
    Path normalized = Path.of(relative.toString().replace('\\', '/'));
    return globs.stream().anyMatch(glob -> Globs.matches(glob, normalized));
  }

  private static List<String> list(List<String> values) {
    if (values == null) {
      return List.of();
    }
    return values.stream().map(String::trim).filter(value -> !value.isEmpty()).toList();
  }

  /** As the core shows paths: relative to the base folder with forward slashes when inside it. */
  static String display(Path path, Path baseDir) {
    Path relative = path.startsWith(baseDir) ? baseDir.relativize(path) : path;
    return relative.toString().replace('\\', '/');
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
