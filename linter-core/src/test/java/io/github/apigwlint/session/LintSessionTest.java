package io.github.apigwlint.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session with the engine's own rules only: a file that does not parse is one parse-error. */
class LintSessionTest {

  private static final RuleRegistry NO_PACK = RuleRegistry.of(List.of());

  @TempDir Path dir;

  @BeforeEach
  void brokenTemplate() throws IOException {
    Files.writeString(dir.resolve("broken.json"), "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": ");
  }

  private LintOutcome run(LintOptions.Builder options) throws LintSessionException {
    return LintSession.open(options.build(), NO_PACK).run();
  }

  /**
   * Class H: the walk's files key the Maven goal's cache without reading them; a run lists the files
   * templates include besides, which the goal checks by content, so a change to one reruns it.
   */
  @Test
  void aRunListsTheFilesTemplatesIncludeThoughTheWalkSkipsThem() throws IOException, LintSessionException {
    Files.createDirectories(dir.resolve("specs"));
    Files.writeString(dir.resolve("template.yaml"), """
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties:
              Body:
                Fn::Transform: {Name: AWS::Include, Parameters: {Location: specs/orders.yaml}}
        """);
    Path spec = dir.resolve("specs/orders.yaml");
    Files.writeString(spec, "openapi: 3.0.1\npaths: {}\n");

    LintSession session = LintSession.open(LintOptions.in(dir).excludes(List.of("specs/**")).build(), NO_PACK);

    assertThat(session.inputFiles()).contains(dir.resolve("template.yaml")).doesNotContain(spec);
    assertThat(session.run().result().included()).containsExactly(spec);
  }

  @Test
  void aFindingAtTheThresholdFailsAndNeverDoesNot() throws LintSessionException {
    LintOutcome outcome = run(LintOptions.in(dir));
    assertThat(outcome.result().findings()).extracting(Finding::ruleId).containsExactly("parse-error");
    assertThat(outcome.failing()).isEqualTo(1);
    assertThat(run(LintOptions.in(dir).failOn("NEVER")).fails()).isFalse();
  }

  @Test
  void ruleSwitchesGoOverTheConfigurationFile() throws IOException, LintSessionException {
    Files.writeString(dir.resolve(".apigw-lint.yaml"), "rules:\n  parse-error: warning\n  unused-suppression: off\n");
    assertThat(run(LintOptions.in(dir)).result().findings()).extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
    assertThat(run(LintOptions.in(dir).ruleSwitch("disableRules: parse-error", "parse-error", "off"))
        .result().findings()).isEmpty();
  }

  @Test
  void ruleIdsAreCheckedAgainstEveryRuleIncludingTheEngines() {
    assertThatThrownBy(() -> run(LintOptions.in(dir).ruleSwitch("enableRules: parse-eror", "parse-eror", "on")))
        .isInstanceOf(LintSessionException.class)
        .hasMessage("enableRules: parse-eror: unknown rule (did you mean parse-error?)");
    assertThatThrownBy(() -> run(LintOptions.in(dir).ruleSwitch("rules.parse-error", "parse-error", "loud")))
        .hasMessage("rules.parse-error: \"loud\" is not one of off, on, error, warning, note");
  }

  @Test
  void aReportInAFolderGetsItsFormatsFileNameAndNothingElseIsWritten() throws Exception {
    LintOutcome outcome = run(LintOptions.in(dir).reportInFolder("Sarif", Path.of("out")));
    assertThat(outcome.reports()).containsExactly(dir.resolve("out/apigw-lint.sarif"));
    assertThat(dir.resolve("out/apigw-lint.sarif")).content().contains("\"ruleId\": \"parse-error\"");
    try (var files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile).map(dir::relativize))
          .containsExactlyInAnyOrder(Path.of("broken.json"), Path.of("out/apigw-lint.sarif"));
    }
  }

  @Test
  void missingFilesAreNamedAsTheUserWroteThem() {
    assertThatThrownBy(() -> run(LintOptions.in(dir).configFile(Path.of("lint.yaml"))))
        .hasMessage("no such configuration file: lint.yaml");
    assertThatThrownBy(() -> run(LintOptions.in(dir).paths(List.of(Path.of("nope")))))
        .hasMessage("no such file or folder: nope");
  }
}
