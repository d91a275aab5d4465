package io.github.apigwlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.cli.Cli;
import io.github.apigwlint.cli.Environment;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.rule.RuleDocs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One table of configurations run through the command and the Maven goal: both accept or reject
 * each one, with the same message. The project has one error finding, so an accepted configuration
 * fails on findings (exit 1, {@link MojoFailureException}), a rejected one on its input (exit 2,
 * {@link MojoExecutionException}).
 */
class FrontEndAgreementTest {

  /** How a front end ended, in words both share. */
  record Ending(String kind, String message) {
    static final Ending FINDINGS = new Ending("findings", "");

    static Ending rejected(String message) {
      return new Ending("rejected", "apigw-lint: " + message);
    }
  }

  /**
   * @param config the {@code .apigw-lint.yaml}, or null for none
   * @param cliArgs what the command is given after {@code check infra}
   * @param goalParameters the same, as the goal's parameters
   */
  record Row(String name, String config, List<String> cliArgs, Consumer<CheckMojo> goalParameters,
      Ending expected) {

    static Row config(String name, String config, Ending expected) {
      return new Row(name, config, List.of(), mojo -> {}, expected);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> table() {
    return Stream.of(
        Row.config("an engine rule turned off", "rules:\n  unused-suppression: off\n", Ending.FINDINGS),
        Row.config("an engine rule's severity", "rules:\n  parse-error: warning\n", Ending.FINDINGS),
        Row.config("a rule by its former id", "rules:\n  test-former-name: warning\n", Ending.FINDINGS),
        Row.config("an unknown rule close to a known one", "rules:\n  private-api-without-polcy: off\n",
            Ending.rejected(".apigw-lint.yaml: rules.private-api-without-polcy: unknown rule"
                + " (did you mean private-api-without-policy?)")),
        Row.config("a bad severity", "rules:\n  private-api-without-policy: loud\n",
            Ending.rejected(".apigw-lint.yaml:2:31: rules.private-api-without-policy: \"loud\" is not one of"
                + " off, on, error, warning, note, { severity: ... } or { enabled: ... }")),
        Row.config("an unknown top-level key", "rulez:\n  private-api-without-policy: off\n",
            Ending.rejected(".apigw-lint.yaml:1:1: rulez: unknown key (did you mean 'rules'?)")),
        new Row("an engine rule turned off by a parameter", null, List.of("--disable-rule", "unused-suppression"),
            mojo -> mojo.disableRules = List.of("unused-suppression"), Ending.FINDINGS),
        new Row("a rule's severity by a parameter, by its former id", null, List.of("--rule", "test-former-name=error"),
            mojo -> mojo.rules = Map.of("test-former-name", "error"), Ending.FINDINGS),
        new Row("a bad fail threshold", null, List.of("--fail-on", "fatal"), mojo -> mojo.failOnSeverity = "fatal",
            Ending.rejected("fail threshold \"fatal\" is not one of error, warning, note, never")),
        new Row("an unknown format", null, List.of("--format", "html"), mojo -> mojo.formats = List.of("html"),
            Ending.rejected("report format \"html\" is not one of text, json, sarif, github, junit, gitlab,"
                + " markdown")))
        .map(Arguments::of);
  }

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void bothFrontEndsAcceptOrRejectAlike(Row row) throws IOException {
    Files.createDirectories(dir.resolve("infra"));
    Files.writeString(dir.resolve("infra/orders.yaml"), CheckMojoTest.PRIVATE_API);
    if (row.config() != null) {
      Files.writeString(dir.resolve(".apigw-lint.yaml"), row.config());
    }
    assertThat(command(row)).as("command").isEqualTo(row.expected());
    assertThat(goal(row)).as("Maven goal").isEqualTo(row.expected());
  }

  private Ending command(Row row) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment environment = new Environment(
        RuleRegistry::load,
        (rules, request) -> new Linter(rules).run(request),
        new RuleDocs(RuleRegistry.class.getClassLoader()),
        dir);
    picocli.CommandLine commandLine = Cli.create(environment);
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    List<String> args = new ArrayList<>(List.of("check", "infra"));
    args.addAll(row.cliArgs());
    int status = commandLine.execute(args.toArray(String[]::new));
    return switch (status) {
      case 1 -> Ending.FINDINGS;
      case 2 -> new Ending("rejected", err.toString().strip());
      default -> new Ending("exit " + status, err.toString());
    };
  }

  private Ending goal(Row row) {
    MavenProject project = new MavenProject();
    project.setFile(dir.resolve("pom.xml").toFile());
    CheckMojo mojo = new CheckMojo();
    mojo.project = project;
    mojo.failOnSeverity = "error";
    mojo.failOnViolation = true;
    mojo.formats = List.of("text");
    mojo.outputDirectory = dir.resolve("target/apigw-lint").toFile();
    mojo.useCache = false;
    mojo.consoleOutput = true;
    mojo.setLog(new LogLinesTest.RecordingLog());
    row.goalParameters().accept(mojo);
    try {
      mojo.execute();
      return new Ending("clean", "");
    } catch (MojoFailureException e) {
      return Ending.FINDINGS;
    } catch (MojoExecutionException e) {
      return new Ending("rejected", e.getMessage());
    }
  }
}
