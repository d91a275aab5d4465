package io.github.apigwlint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import io.github.apigwlint.baseline.Baseline;
import io.github.apigwlint.baseline.BaselineFile;
import io.github.apigwlint.config.Config;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.report.ReportFormat;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal run in-process on a project in a temporary folder, without Maven around it. */
class CheckMojoTest {

  static final String PRIVATE_API = """
      Resources:
        OrdersApi:
          Type: AWS::ApiGateway::RestApi
          Properties:
            Name: orders
            EndpointConfiguration:
              Types: [PRIVATE]
      """;

  @TempDir Path dir;
  CheckMojo mojo;
  LogLinesTest.RecordingLog log;

  @BeforeEach
  void setUp() throws IOException {
    MavenProject project = new MavenProject();
    project.setFile(dir.resolve("pom.xml").toFile());
    mojo = new CheckMojo();
    mojo.project = project;
    mojo.failOnSeverity = "error";
    mojo.failOnViolation = true;
    mojo.formats = List.of("text", "sarif");
    mojo.outputDirectory = dir.resolve("target/apigw-lint").toFile();
    mojo.useCache = true;
    mojo.consoleOutput = true;
    log = new LogLinesTest.RecordingLog();
    mojo.setLog(log);
    Files.createDirectories(dir.resolve("infra"));
    Files.writeString(dir.resolve("infra/orders.yaml"), PRIVATE_API);
  }

  @Test
  void aFindingAtTheThresholdFailsTheBuild() {
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("apigw-lint: 1 finding at or above error (0 allowed)");
    assertThat(log.lines).anyMatch(line ->
        line.matches("\\[ERROR\\] infra/orders\\.yaml:\\d+:\\d+ private-api-without-policy REST API OrdersApi .*"));
    assertThat(log.lines).contains("[INFO] apigw-lint: 1 error, 0 warnings, 0 notes in 1 file; 1 file checked");
    assertThat(dir.resolve("target/apigw-lint/apigw-lint.sarif")).isRegularFile();
    assertThat(dir.resolve("target/apigw-lint/apigw-lint.txt")).isRegularFile();
  }

  @Test
  void failOnViolationFalseOnlyWarns() throws Exception {
    mojo.failOnViolation = false;
    mojo.execute();
    assertThat(log.lines).contains("[WARNING] apigw-lint: 1 finding at or above error (0 allowed);"
        + " not failing the build (failOnViolation is false)");
  }

  @Test
  void findingsUpToMaxAllowedViolationsDoNotFail() throws Exception {
    Files.writeString(dir.resolve("infra/other.yaml"), PRIVATE_API.replace("OrdersApi", "OtherApi"));
    mojo.maxAllowedViolations = 2;
    mojo.execute();
    assertThat(log.lines).contains("[WARNING] apigw-lint: 2 findings at or above error (2 allowed);"
        + " not failing the build (maxAllowedViolations)");

    mojo.maxAllowedViolations = 1;
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("apigw-lint: 2 findings at or above error (1 allowed)");

    mojo.maxAllowedViolations = -1;
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("apigw-lint: maxAllowedViolations is -1; it must be 0 or more");
  }

  @Test
  void withoutConsoleOutputOnlyTheSummaryIsPrinted() throws Exception {
    mojo.consoleOutput = false;
    mojo.failOnSeverity = "never";
    mojo.execute();
    assertThat(log.lines).noneMatch(line -> line.contains("private-api-without-policy"));
    assertThat(log.lines).contains("[INFO] apigw-lint: 1 error, 0 warnings, 0 notes in 1 file; 1 file checked");
    assertThat(dir.resolve("target/apigw-lint/apigw-lint.txt")).content().contains("private-api-without-policy");
  }

  @Test
  void outputFilesNameTheReportsOfTheirFormats() throws Exception {
    mojo.outputFiles = Map.of("sarif", "target/code-scanning.sarif", "json", dir.resolve("out/lint.json").toString());
    mojo.failOnSeverity = "never";
    mojo.execute();
    assertThat(dir.resolve("target/code-scanning.sarif")).content().contains("private-api-without-policy");
    assertThat(dir.resolve("out/lint.json")).content().contains("private-api-without-policy");
    assertThat(dir.resolve("target/apigw-lint/apigw-lint.txt")).isNotEmptyFile();
    assertThat(dir.resolve("target/apigw-lint/apigw-lint.sarif")).doesNotExist();

    log.lines.clear();
    mojo.execute();
    assertThat(log.lines).anyMatch(line -> line.contains("reusing its result"));

    log.lines.clear();
    mojo.outputFiles = Map.of("sarif", "target/renamed.sarif");
    mojo.execute();
    assertThat(log.lines).noneMatch(line -> line.contains("reusing"));
    assertThat(dir.resolve("target/renamed.sarif")).isNotEmptyFile();

    mojo.outputFiles = Map.of("html", "target/lint.html");
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("apigw-lint: report format \"html\" is not one of");
  }

  @Test
  void aRuleTurnedOffReportsNothing() throws Exception {
    mojo.disableRules = List.of("private-api-without-policy");
    mojo.execute();
    assertThat(log.lines).contains("[INFO] apigw-lint: no findings; 1 file checked");
  }

  @Test
  void aRuleSeverityLoweredToWarningDoesNotFail() throws Exception {
    mojo.rules = Map.of("private-api-without-policy", "warning");
    mojo.execute();
    assertThat(log.lines).anyMatch(line -> line.startsWith("[WARNING] infra/orders.yaml:"));
  }

  @Test
  void excludesAreRelativeToTheSourceFolder() throws Exception {
    mojo.excludes = List.of("orders.yaml");
    mojo.execute();
    assertThat(log.lines).contains("[INFO] apigw-lint: no findings; 0 files checked");
  }

  @Test
  void includesPickFilesUnderTheSourceFolder() throws Exception {
    Files.writeString(dir.resolve("infra/other.yaml"), PRIVATE_API.replace("OrdersApi", "OtherApi"));
    mojo.includes = List.of("other.*");
    mojo.failOnSeverity = "never";
    mojo.execute();
    assertThat(log.lines).anyMatch(line -> line.contains("infra/other.yaml") && line.contains("OtherApi"));
    assertThat(log.lines).noneMatch(line -> line.contains("infra/orders.yaml"));
  }

  @Test
  void theSecondRunReusesTheResultUntilAnInputChanges() throws Exception {
    mojo.failOnSeverity = "never";
    mojo.execute();
    assertThat(log.lines).noneMatch(line -> line.contains("reusing"));
    List<String> first = findingLines();

    log.lines.clear();
    mojo.execute();
    assertThat(log.lines).anyMatch(line -> line.contains("unchanged since the last run; reusing its result"));
    assertThat(findingLines()).isEqualTo(first);

    log.lines.clear();
    Files.writeString(dir.resolve("infra/orders.yaml"), PRIVATE_API + "# edited\n");
    mojo.execute();
    assertThat(log.lines).noneMatch(line -> line.contains("reusing"));

    log.lines.clear();
    mojo.disableRules = List.of("private-api-without-policy");
    mojo.execute();
    assertThat(log.lines).noneMatch(line -> line.contains("reusing"));
    assertThat(findingLines()).isEmpty();
  }

  @Test
  void aCachedFailureStillFails() throws Exception {
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
    assertThat(log.lines).anyMatch(line -> line.contains("reusing its result"));
  }

  @Test
  void skipDoesNothing() throws Exception {
    mojo.skip = true;
    mojo.execute();
    assertThat(log.lines).containsExactly("[INFO] apigw-lint: skipped (apigw-lint.skip)");
    assertThat(dir.resolve("target")).doesNotExist();
  }

  @Test
  void noSourceFolderIsNotAnError() throws Exception {
    mojo.sourceDirectories = List.of(new File("does-not-exist"));
    mojo.execute();
    assertThat(log.lines).singleElement().asString().contains("no source folder to check");
  }

  @Test
  void configurationErrorsAreExecutionExceptionsWithClearMessages() throws IOException {
    mojo.failOnSeverity = "fatal";
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("apigw-lint: fail threshold \"fatal\" is not one of error, warning, note, never");

    mojo.failOnSeverity = "error";
    mojo.formats = List.of("html");
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("apigw-lint: report format \"html\" is not one of text, json, sarif, github, junit, gitlab,"
            + " markdown");

    mojo.formats = List.of("text");
    mojo.enableRules = List.of("private-api-without-polcy");
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("apigw-lint: enableRules: private-api-without-polcy: unknown rule"
            + " (did you mean private-api-without-policy?)");

    mojo.enableRules = null;
    mojo.rules = Map.of("private-api-without-policy", "loud");
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("apigw-lint: rules.private-api-without-policy: \"loud\" is not one of off, on, error, warning,"
            + " note");

    mojo.rules = null;
    Files.writeString(dir.resolve(".apigw-lint.yaml"), "account: 12345\n");
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("apigw-lint: .apigw-lint.yaml:1:10: account: \"12345\" is not a"
            + " 12-digit AWS account id");

    mojo.configFile = new File("missing.yaml");
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("apigw-lint: no such configuration file: missing.yaml");
  }

  @Test
  void theConfigurationFileOfTheModuleApplies() throws Exception {
    Files.writeString(dir.resolve(".apigw-lint.yaml"), "rules:\n  private-api-without-policy: off\n");
    mojo.execute();
    assertThat(log.lines).contains("[INFO] apigw-lint: no findings; 1 file checked");
  }

  @Test
  void findingsInTheBaselineAreNotReported() throws Exception {
    LintResult result = new Linter(RuleRegistry.load()).run(
        new LintRequest(List.of(dir.resolve("infra")), Config.defaults(), dir));
    assertThat(result.findings()).hasSize(1);
    try (Writer out = Files.newBufferedWriter(dir.resolve("baseline.json"))) {
      BaselineFile.write(Baseline.of(result.findings(), null, "accepted for the test", null), out);
    }
    mojo.baselineFile = new File("baseline.json");
    mojo.execute();
    assertThat(log.lines).contains(
        "[INFO] apigw-lint: baseline: 1 finding(s) accepted, 0 reported again because their entry expired,"
            + " 0 entr(y/ies) match nothing any more",
        "[INFO] apigw-lint: no findings; 1 file checked");

    log.lines.clear();
    mojo.execute();
    assertThat(log.lines).contains("[INFO] apigw-lint: baseline: 1 finding(s) accepted, 0 reported again"
        + " because their entry expired, 0 entr(y/ies) match nothing any more");
    assertThat(log.lines).anyMatch(line -> line.contains("reusing its result"));

    mojo.baselineFile = new File("no-baseline.json");
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("apigw-lint: no such baseline file: no-baseline.json"
            + " (create it with 'apigw-lint baseline --output no-baseline.json')");
  }

  @Test
  void everyFormatIsWritten() throws Exception {
    mojo.formats = Arrays.stream(ReportFormat.values()).map(ReportFormat::toString).toList();
    mojo.failOnSeverity = "never";
    mojo.execute();
    for (ReportFormat format : ReportFormat.values()) {
      assertThat(dir.resolve("target/apigw-lint").resolve(format.fileName())).isNotEmptyFile();
    }
    assertThat(dir.resolve("target/apigw-lint/apigw-lint.junit.xml")).content().contains("private-api-without-policy");
  }

  @Test
  void globEscapingKeepsFolderNamesLiteral() {
    assertThat(CheckMojo.escapeGlob("a[1]/b*{c}")).isEqualTo("a\\[1\\]/b\\*\\{c\\}");
  }

  private List<String> findingLines() {
    return log.lines.stream().filter(line -> line.contains("infra/orders.yaml")).toList();
  }
}
