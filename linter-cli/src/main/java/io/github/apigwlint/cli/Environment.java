package io.github.apigwlint.cli;

import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.rule.RuleDocs;
import io.github.apigwlint.session.LintRunner;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What the commands take from the rest of the program; tests replace the parts.
 *
 * @param linter the analysis step of every session
 * @param workingDirectory relative paths on the command line start here
 * @param clock today's date, for baseline expiry
 * @param terminal standard error is a terminal that a person watches: progress may be shown there
 * @param standardInput what the path {@code -} reads
 */
public record Environment(
    Supplier<RuleRegistry> rules,
    LintRunner linter,
    RuleDocs docs,
    Path workingDirectory,
    Clock clock,
    boolean terminal,
    Supplier<InputStream> standardInput) {

  /** The process's standard input. */
  public Environment(
      Supplier<RuleRegistry> rules, LintRunner linter, RuleDocs docs, Path workingDirectory, Clock clock, boolean terminal) {
    this(rules, linter, docs, workingDirectory, clock, terminal, () -> System.in);
  }

  /** The system clock and no terminal. */
  public Environment(Supplier<RuleRegistry> rules, LintRunner linter, RuleDocs docs, Path workingDirectory) {
    this(rules, linter, docs, workingDirectory, Clock.systemDefaultZone(), false);
  }

  /** The rules on the class path, the real engine, and the process's working directory. */
  public static Environment standard() {
    return new Environment(
        RuleRegistry::load,
        LintRunner.STANDARD,
        new RuleDocs(RuleRegistry.class.getClassLoader()),
        Path.of("").toAbsolutePath(),
        Clock.systemDefaultZone(),
        stderrIsATerminal());
  }

  /**
   * Java tells only whether standard input and output are a terminal ({@link System#console()});
   * on Linux the link of file descriptor 2 says whether standard error is one too.
   */
  static boolean stderrIsATerminal() {
    if (System.console() == null) {
      return false;
    }
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
    // no /proc (macOS, Windows): trust the console
    return true;
  }
}
