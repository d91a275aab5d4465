package io.github.apigwlint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.analysis.AnalysedWorkspace;
import io.github.apigwlint.access.summary.ApiAccess;
import io.github.apigwlint.config.Config;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.PolicyEvaluator;
import io.github.apigwlint.policy.Request;
import io.github.apigwlint.policy.Verdict;
import io.github.apigwlint.testutil.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input built to hurt: huge, deep, long. Each gives findings or a note, never a hang. */
class BadInputTest {

  @TempDir Path folder;

  private static String statements(int count) {
    List<String> statements = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      statements.add("{'Sid':'S" + i + "','Effect':'" + (i % 7 == 0 ? "Deny" : "Allow") + "','Principal':{'AWS':'arn:aws:iam::"
          + String.format("%012d", 100_000_000_000L + i) + ":role/r" + i + "'},'Action':'execute-api:Invoke',"
          + "'Resource':'execute-api:/prod/GET/item" + i + "/*','Condition':{'IpAddress':{'aws:SourceIp':'10." + (i % 250) + ".0.0/16'}}}");
    }
    return String.join(",", statements);
  }

  /** Fastest of several evaluations of a request no statement matches, so every one is read (least noise). */
  private static long evaluationNanos(Policy policy) {
    Request request = Request.invoke(Caller.roleSession("999999999999", "nobody", "s"), Fixtures.arn("prod/GET/other"));
    long[] runs = new long[15];
    for (int i = 0; i < runs.length; i++) {
      long start = System.nanoTime();
      assertThat(PolicyEvaluator.evaluate(policy, request, Fixtures.API).verdict()).isEqualTo(Verdict.IMPLICIT_DENY);
      runs[i] = System.nanoTime() - start;
    }
    Arrays.sort(runs);
    return runs[0];
  }

  @Test
  void evaluationTimeGrowsLinearlyWithStatements() {
    // 32 times the statements: linear work takes ~32 times as long (up to ~2x more once the policy
    // no longer fits the caches), quadratic work ~1000 times; the bound sits between, far from both.
    Policy small = Fixtures.resourcePolicy(statements(1_000));
    Policy large = Fixtures.resourcePolicy(statements(32_000));
    evaluationNanos(small); // warm-up: JIT and the compiled-pattern caches
    evaluationNanos(large);
    long smallNanos = evaluationNanos(small);
    long largeNanos = evaluationNanos(large);
    assertThat(largeNanos).as("32k statements took %d ns, 1k took %d ns", largeNanos, smallNanos).isLessThan(320 * smallNanos);
  }

  @Test
  void aPolicyBeyondTheAnalysedSizeIsNotedNotSummarised() throws IOException {
    Files.writeString(folder.resolve("api.json"), ("{'Resources':{'Api':{'Type':'AWS::ApiGateway::RestApi','Properties':{"
        + "'EndpointConfiguration':{'Types':['REGIONAL']},'Policy':{'Version':'2012-10-17','Statement':[" + statements(5_000)
        + "]}}},'Get':{'Type':'AWS::ApiGateway::Method','Properties':{'RestApiId':{'Ref':'Api'},"
        + "'ResourceId':{'Fn::GetAtt':['Api','RootResourceId']},'HttpMethod':'GET','AuthorizationType':'NONE'}}}}").replace('\'', '"'));
    long start = System.nanoTime();
    Workspace workspace = Linter.workspace(new LintRequest(List.of(folder), Config.defaults(), folder));
    List<ApiAccess> summary = new AnalysedWorkspace(workspace).access();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    assertThat(summary).singleElement().satisfies(api -> assertThat(api.note()).contains("5000 statements"));
  }

  @Test
  void deeplyNestedDocumentsAreParseErrors() throws IOException {
    int depth = 100_000;
    Files.writeString(folder.resolve("deep.json"), "{\"Version\":\"2012-10-17\",\"Statement\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
    Files.writeString(folder.resolve("deep.yaml"), "Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Policy: "
        + "[".repeat(depth) + "]".repeat(depth) + "\n");
    LintResult result = new Linter(RuleRegistry.of(List.of())).run(new LintRequest(List.of(folder), Config.defaults(), folder));
    assertThat(result.findings()).extracting(f -> f.location().file()).contains("deep.json", "deep.yaml");
    assertThat(result.findings()).allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("parse-error"));
  }
}
