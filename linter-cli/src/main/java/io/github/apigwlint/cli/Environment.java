package io.github.apigwlint.cli;

import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.rule.RuleDocs;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What the commands take from the rest of the program; tests replace the parts.
 *
 * @param workingDirectory relative paths on the command line start here
 */
public record Environment(
    Supplier<RuleRegistry> rules, LintRunner linter, RuleDocs docs, Path workingDirectory) {

  /** The core's single entry point, as the commands call it. */
  @FunctionalInterface
  public interface LintRunner {
    LintResult run(RuleRegistry rules, LintRequest request);
  }

  /** The rules on the class path, the real engine, and the process's working directory. */
  public static Environment standard() {
    return new Environment(
        RuleRegistry::load,
        (rules, request) -> new Linter(rules).run(request),
        new RuleDocs(RuleRegistry.class.getClassLoader()),
        Path.of("").toAbsolutePath());
  }
}
