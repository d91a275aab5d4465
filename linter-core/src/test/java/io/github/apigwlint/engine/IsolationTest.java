package io.github.apigwlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.config.ConfigLoader;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.source.Budget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What fails on one file or element is a finding about it; the others are analysed as if it were not there. */
class IsolationTest {

  @TempDir Path folder;

  /** Fails on the API whose logical id starts with "Bad", reports every other one. */
  @RuleInfo(id = "fails-on-bad", title = "t", severity = Severity.WARNING, category = "test", since = "0.1.0")
  static final class FailsOnBad implements Rule {
    private final RuntimeException thrown;
    private final Error error;

    FailsOnBad(RuntimeException thrown, Error error) {
      this.thrown = thrown;
      this.error = error;
    }

    @Override
    public void visitApi(Api api, RuleContext context) {
      if (api.element().contains("#Bad")) {
        if (error != null) {
          throw error;
        }
        throw thrown;
      }
      context.report("seen", api.location(), io.github.apigwlint.rule.Subject.api(api)).emit();
    }
  }

  /** Spins on the API whose logical id starts with "Bad", checking the budget as every input-driven loop does. */
  @RuleInfo(id = "spins-on-bad", title = "t", severity = Severity.WARNING, category = "test", since = "0.1.0")
  static final class SpinsOnBad implements Rule {
    @Override
    public void visitApi(Api api, RuleContext context) {
      while (api.element().contains("#Bad")) {
        Budget.checkTime();
      }
      context.report("seen", api.location(), io.github.apigwlint.rule.Subject.api(api)).emit();
    }
  }

  private void twoApis() throws IOException {
    Files.writeString(folder.resolve("bad.yaml"), api("BadApi"));
    Files.writeString(folder.resolve("good.yaml"), api("GoodApi"));
  }

  private static String api(String id) {
    return "Resources:\n  " + id + ":\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Name: n\n";
  }

  private List<String> run(Rule rule, Config config) {
    LintResult result = new Linter(RuleRegistry.of(List.of(rule))).run(new LintRequest(List.of(folder), config, folder));
    return result.findings().stream().map(f -> f.ruleId() + " " + f.location().file() + ":" + f.location().line() + " " + f.message()).toList();
  }

  @Test
  void aRuleThatThrowsOnOneElementIsAnInternalErrorThereAndTheOthersAreChecked() throws IOException {
    twoApis();
    assertThat(run(new FailsOnBad(new NullPointerException("boom"), null), Config.defaults())).containsExactly(
        "internal-error bad.yaml:2 apigw-lint failed on this file (NullPointerException: boom); the other files were analysed."
            + " Please report it with `--verbose` output",
        "fails-on-bad good.yaml:2 seen");
  }

  @Test
  void aStackOverflowIsAFindingNotADeadRun() throws IOException {
    twoApis();
    assertThat(run(new FailsOnBad(null, new StackOverflowError()), Config.defaults())).containsExactly(
        "internal-error bad.yaml:2 the input is nested or chained too deeply to analyse (stack overflow); the other files were analysed",
        "fails-on-bad good.yaml:2 seen");
  }

  @Test
  void verboseNotesSayWhereItFailed() throws IOException {
    twoApis();
    LintResult result = new Linter(RuleRegistry.of(List.of(new FailsOnBad(new IllegalStateException(), null))))
        .run(new LintRequest(List.of(folder), Config.defaults(), folder));
    assertThat(result.notes()).anySatisfy(note -> assertThat(note)
        .startsWith("bad.yaml: internal-error: java.lang.IllegalStateException at IsolationTest.verboseNotesSayWhereItFailed:"));
  }

  @Test
  void anElementPastTheTimeBudgetIsATimeoutAndTheOthersAreChecked() throws Exception {
    twoApis();
    Config config = ConfigLoader.parse("limits:\n  fileTimeSeconds: 1\n", "c.yaml");
    assertThat(run(new SpinsOnBad(), config)).containsExactly(
        "analysis-timeout bad.yaml:2 analysis took more than 1 seconds and was given up"
            + " (raise it with `limits: {fileTimeSeconds: …}` in .apigw-lint.yaml)",
        "spins-on-bad good.yaml:2 seen");
  }

  @Test
  void aRunPastItsFileLimitReadsTheFirstFilesAndSaysWhereItStopped() throws Exception {
    twoApis();
    Config config = ConfigLoader.parse("limits:\n  files: 1\n", "c.yaml");
    assertThat(run(new FailsOnBad(new NullPointerException(), null), config)).containsExactly(
        "internal-error bad.yaml:2 apigw-lint failed on this file (NullPointerException); the other files were analysed."
            + " Please report it with `--verbose` output",
        "limit-exceeded good.yaml:0 the paths hold 2 files, this one and those after it not read: more than 1 files in one run"
            + " (raise it with `limits: {files: …}` in .apigw-lint.yaml)");
  }

  @Test
  void aLimitIsAWholeNumber() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfigLoader.parse("limits:\n  depht: 3\n", "c.yaml"))
        .hasMessage("c.yaml:2:3: limits.depht: unknown key (did you mean 'depth'?)");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfigLoader.parse("limits:\n  depth: -3\n", "c.yaml"))
        .hasMessage("c.yaml:2:10: limits.depth: \"-3\" is not a whole number");
  }
}
