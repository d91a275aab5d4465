package io.github.apigwlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TV-103 at the boundary, and every rule on a policy of thousands of statements. */
class LargePolicyTest {

  private static final String PREFIX = "arn:aws:execute-api:us-east-1:111111111111:a1b2c3d4e5/prod/GET/";

  @TempDir Path folder;

  /** A template whose policy is exactly {@code length} characters as minified JSON (full ARNs, nothing to expand). */
  private static String template(int length) {
    String head = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"";
    String tail = "\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"execute-api:Invoke\",\"Resource\":\"" + PREFIX + "*\"}]}";
    String policy = head + "S".repeat(length - head.length() - tail.length()) + tail;
    assertThat(policy).hasSize(length);
    return "{\"Resources\":{\"Api\":{\"Type\":\"AWS::ApiGateway::RestApi\",\"Properties\":{\"Name\":\"big\",\"Policy\":" + policy + "}}}}";
  }

  private List<Finding> lint(String template) throws IOException {
    Files.writeString(folder.resolve("api.json"), template);
    LintResult result = new Linter(RuleRegistry.load()).run(new LintRequest(List.of(folder), Config.defaults(), folder));
    return result.findings();
  }

  @Test
  void tv103_8193CharactersIsOverTheQuota_8192IsNot() throws IOException {
    assertThat(lint(template(8193))).filteredOn(f -> f.ruleId().equals("policy-too-large")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    assertThat(lint(template(8192))).noneMatch(f -> f.ruleId().equals("policy-too-large"));
  }

  @Test
  void everyRuleFinishesOnFiveThousandStatements() throws IOException {
    List<String> statements = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      statements.add("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + (100_000_000_000L + i)
          + ":role/r" + i + "\"},\"Action\":\"execute-api:Invoke\",\"Resource\":\"" + PREFIX + "item" + i + "\"}");
    }
    String template = "{\"Resources\":{\"Api\":{\"Type\":\"AWS::ApiGateway::RestApi\",\"Properties\":{\"Name\":\"big\","
        + "\"EndpointConfiguration\":{\"Types\":[\"PRIVATE\"]},\"Policy\":{\"Version\":\"2012-10-17\",\"Statement\":["
        + String.join(",", statements) + "]}}},\"Get\":{\"Type\":\"AWS::ApiGateway::Method\",\"Properties\":{"
        + "\"RestApiId\":{\"Ref\":\"Api\"},\"ResourceId\":{\"Fn::GetAtt\":[\"Api\",\"RootResourceId\"]},"
        + "\"HttpMethod\":\"GET\",\"AuthorizationType\":\"AWS_IAM\"}}}}";
    long start = System.nanoTime();
    List<Finding> findings = lint(template);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    assertThat(findings).anyMatch(f -> f.ruleId().equals("policy-too-large"));
  }
}
