package io.github.apigwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleDocs;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.source.LoadOutcome;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.SourceFile;
import io.github.apigwlint.source.SourceLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {

  @RuleInfo(
      id = "test-open-api",
      title = "API is open to everyone",
      severity = Severity.ERROR,
      category = "access",
      tags = {"exposure"},
      altIds = "test-old-name",
      since = "0.1.0")
  static final class OpenApi implements Rule {}

  @RuleInfo(
      id = "test-documented",
      title = "A rule with a doc page",
      severity = Severity.NOTE,
      category = "policy",
      since = "0.1.0")
  static final class Documented implements Rule {}

  /** A rule only a rules jar names: ServiceLoader needs it public with a public constructor. */
  @RuleInfo(
      id = "test-jar-rule",
      title = "A rule from a rules jar",
      severity = Severity.WARNING,
      category = "access",
      since = "0.1.0")
  public static final class JarRule implements Rule {
    public JarRule() {}
  }

  @TempDir Path workingDirectory;

  /** What the stand-in engine returns; set by each test. */
  private final List<Finding> findings = new ArrayList<>();

  private final List<String> notes = new ArrayList<>();
  private LintRequest lastRequest;
  private RuntimeException engineFailure;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void inputFile() throws IOException {
    Files.writeString(workingDirectory.resolve("api.yaml"), "Resources: {}\n");
  }

  private int run(String... args) {
    RuleRegistry rules = RuleRegistry.of(List.of(new OpenApi(), new Documented()));
    Environment environment =
        new Environment(
            () -> rules,
            this::lint,
            new RuleDocs(CliTest.class.getClassLoader()),
            workingDirectory);
    CommandLine commandLine = Cli.create(environment);
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  private LintResult lint(RuleRegistry rules, LintRequest request) {
    if (engineFailure != null) {
      throw engineFailure;
    }
    lastRequest = request;
    return new LintResult(List.copyOf(findings), rules.infos(), Map.of("api.yaml", readInputFile()), List.copyOf(notes));
  }

  private SourceFile readInputFile() {
    return ((LoadOutcome.Loaded) new SourceLoader().load(workingDirectory.resolve("api.yaml"), "api.yaml")).file();
  }

  private static Finding finding(Severity severity) {
    return new Finding(
        "test-open-api", severity, "OrdersApi is open.", new Location("api.yaml", 1, 1), Subject.file("api.yaml"),
        List.of(), null);
  }

  @Test
  void aRulesJarAddsItsRules() throws IOException {
    Path jar = workingDirectory.resolve("extra-rules.jar");
    try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new java.util.jar.JarEntry("META-INF/services/" + Rule.class.getName()));
      out.write((JarRule.class.getName() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.closeEntry();
    }
    assertThat(run("check", "--rules-jar", "extra-rules.jar", "--format", "sarif")).isZero();
    assertThat(out.toString()).contains("\"id\": \"test-jar-rule\"");

    assertThat(run("check", "--rules-jar", "missing.jar")).isEqualTo(2);
    assertThat(err.toString()).contains("no such rules jar: missing.jar");
  }

  @Test
  void cleanRunExitsZero() {
    assertThat(run("check")).isZero();
    assertThat(out.toString()).isEqualTo("No findings; 1 file checked\n");
    assertThat(err.toString()).isEmpty();
    assertThat(lastRequest.paths()).containsExactly(workingDirectory);
    assertThat(lastRequest.workingDirectory()).isEqualTo(workingDirectory);
  }

  @Test
  void findingAtTheFailLevelExitsOne() {
    findings.add(finding(Severity.ERROR));
    assertThat(run("check", "api.yaml")).isEqualTo(1);
    assertThat(out.toString())
        .startsWith("api.yaml:1:1: error test-open-api OrdersApi is open.\n")
        .endsWith("1 error, 0 warnings, 0 notes in 1 file; 1 file checked\n");
    assertThat(lastRequest.paths()).containsExactly(workingDirectory.resolve("api.yaml"));
  }

  @Test
  void failOnSetsTheThreshold() {
    findings.add(finding(Severity.WARNING));
    assertThat(run("check")).isZero();
    assertThat(run("check", "--fail-on", "warning")).isEqualTo(1);
    assertThat(run("check", "--fail-on=NOTE")).isEqualTo(1);
    findings.add(finding(Severity.ERROR));
    assertThat(run("check", "--fail-on", "never")).isZero();
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(run("check", "--bogus")).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("apigw-lint: Unknown option: '--bogus'\n")
        .contains("Usage: apigw-lint check")
        .doesNotContain("Exception");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void unknownFormatIsAUsageErrorListingTheFormats() {
    assertThat(run("check", "--format", "xml")).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("apigw-lint: report format \"xml\" is not one of text, json, sarif, github, junit, gitlab,"
            + " markdown\n");
  }

  @Test
  void missingCommandIsAUsageError() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).startsWith("apigw-lint: missing command");
  }

  @Test
  void formatsPairWithOutputsByPosition() throws IOException {
    findings.add(finding(Severity.NOTE));
    assertThat(run("check", "--format", "sarif", "--output", "reports/x.sarif", "--format", "json"))
        .isZero();
    String sarif = Files.readString(workingDirectory.resolve("reports/x.sarif"));
    assertThat(sarif).contains("\"version\": \"2.1.0\"", "\"ruleId\": \"test-open-api\"");
    assertThat(out.toString()).startsWith("{\n  \"version\"").contains("\"severity\": \"note\"");
  }

  @Test
  void writesNothingButTheNamedOutputs() throws IOException {
    findings.add(finding(Severity.ERROR));
    run("check", "-f", "json", "-o", "out/r.json", "-f", "text", "-o", "r.txt");
    try (Stream<Path> files = Files.walk(workingDirectory)) {
      assertThat(files.filter(Files::isRegularFile).map(workingDirectory::relativize))
          .containsExactlyInAnyOrder(Path.of("api.yaml"), Path.of("out/r.json"), Path.of("r.txt"));
    }
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void atMostOneFormatGoesToStandardOutput() {
    assertThat(run("check", "--format", "json", "--format", "sarif")).isEqualTo(2);
    assertThat(err.toString()).startsWith("apigw-lint: only one --format can go to standard output");
  }

  @Test
  void anOutputAloneTakesTheFormatOfItsExtension() throws IOException {
    findings.add(finding(Severity.ERROR));
    assertThat(run("check", "--output", "a.json", "--output", "r/b.sarif", "--output", "j.xml", "--output", "s.md",
        "--output", "t.txt")).isEqualTo(1);
    assertThat(Files.readString(workingDirectory.resolve("a.json"))).contains("\"filesChecked\": 1");
    assertThat(Files.readString(workingDirectory.resolve("r/b.sarif"))).contains("\"version\": \"2.1.0\"");
    assertThat(Files.readString(workingDirectory.resolve("j.xml"))).contains("<failure type=\"error\"");
    assertThat(Files.readString(workingDirectory.resolve("s.md"))).startsWith("## apigw-lint");
    assertThat(Files.readString(workingDirectory.resolve("t.txt"))).startsWith("api.yaml:1:1: error test-open-api");
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEqualTo("apigw-lint: 1 error, 0 warnings, 0 notes in 1 file; 1 file checked;"
        + " reports: a.json, r/b.sarif, j.xml, s.md, t.txt\n");
  }

  @Test
  void aSarifJsonFileIsSarifAndItsExplicitFormatFitsIt() throws IOException {
    findings.add(finding(Severity.ERROR));
    assertThat(run("check", "--output", "a.sarif.json")).isEqualTo(1);
    assertThat(run("check", "--format", "sarif", "--output", "b.sarif.json")).isEqualTo(1);
    assertThat(Files.readString(workingDirectory.resolve("a.sarif.json"))).contains("\"version\": \"2.1.0\"");
    assertThat(Files.readString(workingDirectory.resolve("b.sarif.json"))).contains("\"version\": \"2.1.0\"");
  }

  @Test
  void theFormatOfAnOutputGoesToItAndTheOtherToStandardOutput() throws IOException {
    findings.add(finding(Severity.ERROR));
    assertThat(run("check", "--format", "text", "--format", "sarif", "--output", "build/apigw-lint.sarif"))
        .isEqualTo(1);
    assertThat(Files.readString(workingDirectory.resolve("build/apigw-lint.sarif"))).startsWith("{");
    assertThat(out.toString()).startsWith("api.yaml:1:1: error test-open-api");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void gitlabAndGithubAreWrittenToJsonAndTxtFilesWhenAsked() throws IOException {
    findings.add(finding(Severity.ERROR));
    assertThat(run("check", "--output", "gl.json", "--format", "gitlab", "--format", "github", "--output",
        "gh.txt", "--format", "json")).isEqualTo(1);
    assertThat(Files.readString(workingDirectory.resolve("gl.json"))).startsWith("[");
    assertThat(Files.readString(workingDirectory.resolve("gh.txt"))).startsWith("::error file=api.yaml");
    assertThat(out.toString()).startsWith("{\n  \"version\"");
  }

  @Test
  void aFormatThatContradictsItsOutputIsAUsageErrorNamingBoth() {
    assertThat(run("check", "--format", "text", "--output", "x.sarif")).isEqualTo(2);
    assertThat(err.toString()).startsWith("apigw-lint: --output x.sarif has no --format that fits it: its extension"
        + " says sarif; add --format sarif (every --output needs a --format once any is given); --format text"
        + " cannot be written to a file named x.sarif\n");
    assertThat(workingDirectory.resolve("x.sarif")).doesNotExist();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anOutputWhoseExtensionNamesNoFormatIsAUsageError() {
    assertThat(run("check", "--output", "report.out")).isEqualTo(2);
    assertThat(err.toString()).startsWith("apigw-lint: --output report.out: its extension names no report format;"
        + " name the file .txt, .json, .sarif, .sarif.json, .xml, .md (with --format gitlab or github for a .json or .txt"
        + " file)\n");
    assertThat(run("check", "--format", "text", "--output", "report.out")).isEqualTo(2);
    assertThat(workingDirectory.resolve("report.out")).doesNotExist();
  }

  @Test
  void missingPathFailsWithOneLine() {
    assertThat(run("check", "nope")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("apigw-lint: no such file or folder: nope\n");
  }

  @Test
  void readsTheConfigurationOfTheWorkingDirectory() throws IOException {
    Files.writeString(
        workingDirectory.resolve(".apigw-lint.yaml"),
        "region: eu-west-1\nrules:\n  test-old-name: warning\n");
    assertThat(run("check")).isZero();
    assertThat(lastRequest.config().region()).isEqualTo("eu-west-1");
  }

  @Test
  void configErrorIsOneLineWithFileAndLine() throws IOException {
    Files.writeString(workingDirectory.resolve("lint.yaml"), "region: eu-west-1\nacount: 1\n");
    assertThat(run("check", "--config", "lint.yaml")).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("apigw-lint: lint.yaml:2:1: acount: unknown key (did you mean 'account'?)\n");
  }

  @Test
  void configNamingAnUnknownRuleIsAnError() throws IOException {
    Files.writeString(workingDirectory.resolve(".apigw-lint.yaml"), "rules:\n  test-opn-api: off\n");
    assertThat(run("check")).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "apigw-lint: .apigw-lint.yaml: rules.test-opn-api: unknown rule"
                + " (did you mean test-open-api?)\n");
  }

  @Test
  void ruleSwitchesOnTheCommandLineGoOverTheConfiguration() throws IOException {
    Files.writeString(workingDirectory.resolve(".apigw-lint.yaml"), "rules:\n  test-open-api: warning\n");
    assertThat(run("check", "--disable-rule", "test-documented", "--rule", "test-old-name=note")).isZero();
    assertThat(lastRequest.config().rules())
        .containsEntry("test-open-api", new Config.RuleSetting(true, Severity.WARNING))
        .containsEntry("test-documented", new Config.RuleSetting(false, null))
        .containsEntry("test-old-name", new Config.RuleSetting(true, Severity.NOTE));

    assertThat(run("check", "--enable-rule", "test-opn-api")).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("apigw-lint: --enable-rule test-opn-api: unknown rule (did you mean test-open-api?)\n");
  }

  @Test
  void verbosePrintsNotesToStandardError() {
    notes.add("skipped node_modules/x.json: excluded");
    assertThat(run("check", "--verbose")).isZero();
    assertThat(err.toString()).isEqualTo("skipped node_modules/x.json: excluded\n");
    assertThat(out.toString()).isEqualTo("No findings; 1 file checked\n");
  }

  @Test
  void internalErrorIsOneLineUnlessDebugging() {
    engineFailure = new IllegalStateException("boom");
    assertThat(run("check")).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "apigw-lint: internal error: java.lang.IllegalStateException: boom"
                + " (--debug shows where)\n");

    err.getBuffer().setLength(0);
    assertThat(run("check", "--debug")).isEqualTo(2);
    assertThat(err.toString()).contains("\tat ");
  }

  @Test
  void rulesListsATableSortedById() {
    assertThat(run("rules")).isZero();
    assertThat(out.toString())
        .isEqualTo(
            """
            ID                          SEVERITY  CATEGORY     TITLE
            analysis-timeout            error     input        Analysis of a file took too long
            duplicate-key               error     input        A key is written twice in one mapping
            internal-error              error     input        Internal error while analysing a file
            limit-exceeded              error     input        Input goes past one of the run's limits
            parse-error                 error     input        File cannot be read or parsed
            suppression-without-reason  warning   suppression  Suppression gives no reason
            test-documented             note      policy       A rule with a doc page
            test-open-api               error     access       API is open to everyone
            unused-suppression          note      suppression  Suppression matches no finding
            """);
  }

  @Test
  void rulesAsJsonListEveryRuleWithItsMetadata() {
    assertThat(run("rules", "--format", "json")).isZero();
    assertThat(out.toString())
        .startsWith("{\n  \"tool\": \"apigw-lint\",\n  \"version\": \"")
        .contains("""
                {
                  "id": "test-open-api",
                  "title": "API is open to everyone",
                  "severity": "error",
                  "enabledByDefault": true,
                  "category": "access",
                  "security": false,
                  "tags": [
                    "exposure"
                  ],
                  "formerIds": [
                    "test-old-name"
                  ],
                  "precision": "high",
                  "since": "0.1.0",
                  "helpUri": "https://github.com/apigw-lint/apigw-lint/blob/main/docs/rules/test-open-api.md",
                  "description": "API is open to everyone"
                }""".indent(4).stripTrailing());
    assertThat(out.toString()).doesNotContain("Severity: ");
    assertThat(out.toString().lines().filter(line -> line.startsWith("      \"id\": ")))
        .containsExactly("      \"id\": \"analysis-timeout\",", "      \"id\": \"duplicate-key\",",
            "      \"id\": \"internal-error\",", "      \"id\": \"limit-exceeded\",", "      \"id\": \"parse-error\",", "      \"id\": \"suppression-without-reason\",",
            "      \"id\": \"test-documented\",", "      \"id\": \"test-open-api\",",
            "      \"id\": \"unused-suppression\",");
  }

  @Test
  void explainPrintsTheDocPage() {
    assertThat(run("explain", "test-documented")).isZero();
    assertThat(out.toString()).startsWith("# test-documented\n");
  }

  @Test
  void explainWithoutDocPagePrintsTheMetadata() {
    assertThat(run("explain", "test-old-name")).isZero();
    assertThat(out.toString())
        .startsWith("test-open-api: API is open to everyone\n")
        .contains("  severity:   error\n", "  former ids: test-old-name\n")
        .contains("docs/rules/test-open-api.md");
  }

  @Test
  void explainOfAnUnknownRuleSuggestsCloseIds() {
    assertThat(run("explain", "test-open")).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("apigw-lint: unknown rule 'test-open' (did you mean test-open-api?)\n");
  }

  @Test
  void versionAndHelpExitZero() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("apigw-lint ");
    assertThat(run("check", "--help")).isZero();
    assertThat(out.toString()).contains("--fail-on=SEVERITY");
  }

  @Test
  void everyCiFormatCanBeChosen() throws IOException {
    findings.add(finding(Severity.ERROR));
    assertThat(run("check", "--format", "junit", "--output", "j.xml", "--format", "gitlab", "--output",
        "gl.json", "--format", "markdown", "--output", "s.md", "--format", "github")).isEqualTo(1);
    assertThat(out.toString()).startsWith("::error file=api.yaml,line=1,col=1,title=apigw-lint test-open-api::");
    assertThat(Files.readString(workingDirectory.resolve("j.xml"))).contains("<failure type=\"error\"");
    assertThat(Files.readString(workingDirectory.resolve("gl.json"))).contains("\"check_name\": \"test-open-api\"");
    assertThat(Files.readString(workingDirectory.resolve("s.md"))).startsWith("## apigw-lint");
  }

  @Test
  void baselineNeedsAnOutput() {
    assertThat(run("baseline")).isEqualTo(2);
    assertThat(err.toString()).contains("--output");
  }

  @Test
  void baselineThenCheckReportsNothingOld() throws IOException {
    findings.add(finding(Severity.ERROR));
    assertThat(run("baseline", "--output", "b.json", "--expires", "2999-12-31")).isZero();
    assertThat(Files.readString(workingDirectory.resolve("b.json"))).contains("\"expires\": \"2999-12-31\"");
    assertThat(run("check", "--baseline", "b.json")).isZero();
  }

  @Test
  void aMissingOrBrokenBaselineIsOneLine() throws IOException {
    assertThat(run("check", "--baseline", "nope.json")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("apigw-lint: no such baseline file: nope.json"
        + " (create it with 'apigw-lint baseline --output nope.json')\n");
    err.getBuffer().setLength(0);
    Files.writeString(workingDirectory.resolve("b.json"), "[]");
    assertThat(run("check", "--baseline", "b.json")).isEqualTo(2);
    assertThat(err.toString()).contains("b.json: not a baseline");
  }

  @Test
  void engineRulesCanBeConfiguredAndExplained() throws IOException {
    Files.writeString(workingDirectory.resolve(".apigw-lint.yaml"), "rules:\n  unused-suppression: off\n");
    assertThat(run("check")).isZero();
    assertThat(run("explain", "parse-error")).isZero();
  }

  @Test
  void nothingOnStandardErrorWithoutATerminal() {
    findings.add(finding(Severity.ERROR));
    run("check");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void progressLineCountsAndIsErased() {
    StringWriter line = new StringWriter();
    ProgressLine progress = new ProgressLine(new PrintWriter(line));
    progress.fileRead(1, 10);
    assertThat(line.toString()).isEmpty();
    for (int i = 1; i <= 60; i++) {
      progress.fileRead(i, 60);
    }
    progress.finished();
    assertThat(line.toString()).startsWith("\rapigw-lint: reading files 1/60").contains("60/60 (100%)").endsWith("\r");
  }
}
