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
import io.github.apigwlint.source.Budget;
import io.github.apigwlint.source.Limits;
import io.github.apigwlint.source.Limits.Limit;
import io.github.apigwlint.testutil.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Input built to hurt: huge, deep, long. Each gives findings or a note, never a hang. */
class BadInputTest {

  @TempDir Path folder;

  /** {@code count} statements, each for another account, path and address range; every seventh a Deny. */
  private static String statements(int count) {
    List<String> statements = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      statements.add("{'Sid':'S" + i + "','Effect':'" + (i % 7 == 0 ? "Deny" : "Allow") + "','Principal':{'AWS':'arn:aws:iam::"
          + String.format("%012d", 100_000_000_000L + i) + ":role/r" + i + "'},'Action':'execute-api:Invoke',"
          + "'Resource':'execute-api:/prod/GET/item" + i + "/*','Condition':{'IpAddress':{'aws:SourceIp':'10." + (i % 250) + ".0.0/16'}}}");
    }
    return String.join(",", statements);
  }

  /**
   * A request no statement matches, so every statement is read. How the time grows with the number
   * of statements is measured in {@code benchmarks} ({@code LargePolicyBenchmark}); here the
   * evaluation must give the right answer, and a hang fails at the timeout.
   */
  @Test
  @Timeout(60)
  void aPolicyOf32kStatementsIsEvaluated() {
    Limits raised = Limits.defaults().with(Limit.STATEMENTS, 32_000).with(Limit.FILE_TIME, 3_600);
    Verdict verdict = Budget.within(raised, () -> {
      Policy large = Fixtures.resourcePolicy(statements(32_000));
      Request request = Request.invoke(Caller.roleSession("999999999999", "nobody", "s"), Fixtures.arn("prod/GET/other"));
      return PolicyEvaluator.evaluate(large, request, Fixtures.API).verdict();
    });
    assertThat(verdict).isEqualTo(Verdict.IMPLICIT_DENY);
  }

  @Test
  @Timeout(60)
  void aPolicyBeyondTheStatementLimitLeavesEveryCallUndecided() throws IOException {
    Files.writeString(folder.resolve("api.json"), ("{'Resources':{'Api':{'Type':'AWS::ApiGateway::RestApi','Properties':{"
        + "'EndpointConfiguration':{'Types':['REGIONAL']},'Policy':{'Version':'2012-10-17','Statement':[" + statements(5_000)
        + "]}}},'Get':{'Type':'AWS::ApiGateway::Method','Properties':{'RestApiId':{'Ref':'Api'},"
        + "'ResourceId':{'Fn::GetAtt':['Api','RootResourceId']},'HttpMethod':'GET','AuthorizationType':'NONE'}}}}").replace('\'', '"'));
    Workspace workspace = Linter.workspace(new LintRequest(List.of(folder), Config.defaults(), folder));
    List<ApiAccess> summary = new AnalysedWorkspace(workspace).access();
    assertThat(summary).singleElement().satisfies(api -> assertThat(api.methods()).allSatisfy(method -> assertThat(method.cells())
        .allSatisfy(cell -> assertThat(cell.admittedForCertain()).isFalse())
        .allSatisfy(cell -> assertThat(cell.mayBeAdmitted()).isTrue())));
  }

  @Test
  void deeplyNestedDocumentsGoPastTheDepthLimitWhereTheyNest() throws IOException {
    int depth = 100_000;
    Files.writeString(folder.resolve("deep.json"), "{\"Version\":\"2012-10-17\",\"Statement\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
    Files.writeString(folder.resolve("deep.yaml"), "Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Policy: "
        + "[".repeat(depth) + "]".repeat(depth) + "\n");
    LintResult result = new Linter(RuleRegistry.of(List.of())).run(new LintRequest(List.of(folder), Config.defaults(), folder));
    assertThat(result.findings()).extracting(f -> f.ruleId() + " " + f.location())
        .containsExactly("limit-exceeded deep.json:1:293", "limit-exceeded deep.yaml:5:268");
    assertThat(result.findings()).allSatisfy(f -> assertThat(f.message()).contains("more than 256 levels of nesting"));
  }
}
