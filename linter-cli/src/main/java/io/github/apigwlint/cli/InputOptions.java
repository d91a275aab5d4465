package io.github.apigwlint.cli;

import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.session.LintOptions;
import io.github.apigwlint.session.LintSession;
import io.github.apigwlint.session.LintSessionException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of every command that reads a workspace: what to read, and with which settings. */
final class InputOptions {

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Files and folders to read. Default: the current folder.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--rules-jar",
      paramLabel = "JAR",
      description = "A jar of more rules (listed in META-INF/services/io.github.apigwlint.rule.Rule). Repeatable.")
  List<Path> ruleJars = new ArrayList<>();

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description = "Configuration file. Default: .apigw-lint.yaml in the current folder, if any.")
  Path config;

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
    return LintOptions.in(environment.workingDirectory())
        .paths(paths)
        .configFile(config)
        .docs(environment.docs())
        .today(LocalDate.now(environment.clock()));
  }

  LintSession session(Environment environment, LintOptions options) throws LintSessionException {
    return LintSession.open(options, rules(environment), environment.linter());
  }

  /** A session over these inputs with no more options. */
  LintSession session(Environment environment) throws LintSessionException {
    return session(environment, options(environment).build());
  }
}
