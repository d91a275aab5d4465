package io.github.apigwlint.cli;

import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.report.ToolInfo;
import io.github.apigwlint.session.DisplayPath;
import io.github.apigwlint.session.LintOptions;
import io.github.apigwlint.session.LintSession;
import io.github.apigwlint.session.LintSessionException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The options of every command that reads a workspace: what to read, and with which settings. */
final class InputOptions {

  private static final Path STANDARD_INPUT = Path.of("-");
  private static final String STDIN = "<stdin>";

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Files and folders to read; - reads one document from standard input. Default: the"
          + " current folder.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--stdin-name",
      paramLabel = "NAME",
      description = "The file name of the document read from standard input (-), shown in findings; its"
          + " extension picks the parser as for files (.tf HCL, .json, .yaml). Default: " + STDIN
          + ", JSON when it starts with { or [, else YAML.")
  String stdinName;

  @Option(
      names = "--rules-jar",
      paramLabel = "JAR",
      description = "A jar of more rules (listed in META-INF/services/io.github.apigwlint.rule.Rule). Repeatable.")
  List<Path> ruleJars = new ArrayList<>();

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description = "Configuration file. Default: the nearest .apigw-lint.yaml at or above the PATHs, up to"
          + " the repository root; else the one in the current folder, if any.")
  Path config;

  @Option(
      names = "--enable-rule",
      paramLabel = "ID",
      description = "Turn a rule on, over the configuration file. Repeatable.")
  List<String> enableRules = new ArrayList<>();

  @Option(
      names = "--disable-rule",
      paramLabel = "ID",
      description = "Turn a rule off, over the configuration file. Repeatable.")
  List<String> disableRules = new ArrayList<>();

  @Option(
      names = "--rule",
      paramLabel = "ID=SETTING",
      description = "A rule switch as in the configuration file's rules: off, on, error, warning or note."
          + " Wins over --enable-rule and --disable-rule. Repeatable.")
  Map<String, String> ruleSettings = new LinkedHashMap<>();

  /** The rules of the command's class path, and those of the jars named with {@code --rules-jar}. */
  RuleRegistry rules(Environment environment) {
    if (ruleJars.isEmpty()) {
      return environment.rules().get();
    }
    List<URL> urls = new ArrayList<>();
    for (Path jar : ruleJars) {
      Path file = environment.workingDirectory().resolve(jar);
      if (!Files.isRegularFile(file)) {
        throw new CommandFailure("no such rules jar: " + jar);
      }
      try {
        urls.add(file.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new CommandFailure("not a usable path for a rules jar: " + jar);
      }
    }
    // The loader lives as long as the command: the rules' classes are used until it ends.
    return RuleRegistry.load(new URLClassLoader(urls.toArray(URL[]::new), InputOptions.class.getClassLoader()));
  }

  /** The options of a session over these inputs; commands add their own. */
  LintOptions.Builder options(Environment environment) {
    LintOptions.Builder options = LintOptions.in(environment.workingDirectory());
    if (paths.contains(STANDARD_INPUT)) {
      options.standardInput(stdinName == null ? STDIN : stdinName, readStandardInput(environment));
    } else if (stdinName != null) {
      throw new CommandFailure("--stdin-name names the document of standard input: add - to the paths");
    }
    return options
        .paths(paths.stream().filter(path -> !path.equals(STANDARD_INPUT)).toList())
        .configFile(config)
        .ruleSwitches(enableRules, "on", id -> "--enable-rule " + id)
        .ruleSwitches(disableRules, "off", id -> "--disable-rule " + id)
        .ruleSwitches(ruleSettings, id -> "--rule " + id)
        .docs(environment.docs())
        .today(LocalDate.now(environment.clock()));
  }

  @Spec(Spec.Target.MIXEE) CommandSpec command;

  /**
   * Opens the session and says which configuration file it reads when it was found away from the
   * working directory, or, when {@code verbose}, whenever there is one.
   */
  LintSession session(Environment environment, LintOptions options, boolean verbose) throws LintSessionException {
    LintSession session = LintSession.open(options, rules(environment), environment.linter());
    if (session.configDiscovered() || verbose) {
      session.configFile().ifPresent(file -> command.commandLine().getErr().println(
          ToolInfo.NAME + ": configuration " + DisplayPath.of(file, environment.workingDirectory())));
    }
    return session;
  }

  LintSession session(Environment environment, LintOptions options) throws LintSessionException {
    return session(environment, options, false);
  }

  private static byte[] readStandardInput(Environment environment) {
    try {
      return environment.standardInput().get().readAllBytes();
    } catch (IOException e) {
      throw new CommandFailure("cannot read standard input: " + e.getMessage(), e);
    }
  }

  /** An empty folder, or one whose every file is excluded or not ours, passes: say so, or it passes unseen. */
  void warnIfNothingChecked(int filesChecked, PrintWriter err) {
    if (filesChecked == 0) {
      String where = paths.isEmpty() ? "." : String.join(" ", paths.stream().map(Path::toString).toList());
      err.println(ToolInfo.NAME + ": warning: no files checked in " + where);
    }
  }

  /** A session over these inputs with no more options. */
  LintSession session(Environment environment) throws LintSessionException {
    return session(environment, options(environment).build());
  }
}
