package io.github.apigwlint.cli;

import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.rule.RuleDocs;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

/** The command with the real rules and linter, at a fixed date, for end-to-end tests. */
final class RealCli {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private byte[] standardInput = new byte[0];

  /** What the next runs read on standard input. */
  RealCli input(String text) {
    standardInput = text.getBytes(StandardCharsets.UTF_8);
    return this;
  }

  /** Runs one command in {@code workingDirectory}; {@link #out()} and {@link #err()} hold what it printed. */
  int run(Path workingDirectory, String... args) {
    return run(workingDirectory, new PrintWriter(out), args);
  }

  /** Runs one command whose standard output is {@code standardOutput}; {@link #err()} holds what it printed there. */
  int run(Path workingDirectory, PrintWriter standardOutput, String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    picocli.CommandLine commandLine = Cli.create(environment(workingDirectory, standardInput));
    commandLine.setOut(standardOutput);
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  /** The names of the subcommands, such as {@code check}. */
  static Set<String> subcommands() {
    return Cli.create(environment(Path.of("."), new byte[0])).getSubcommands().keySet();
  }

  private static Environment environment(Path workingDirectory, byte[] standardInput) {
    return new Environment(
        RuleRegistry::load,
        (rules, request) -> new Linter(rules).run(request),
        new RuleDocs(RuleRegistry.class.getClassLoader()),
        workingDirectory.toAbsolutePath(),
        Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC),
        false,
        () -> new ByteArrayInputStream(standardInput));
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
  }
}
