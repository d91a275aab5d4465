package io.github.apigwlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.source.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key written twice: the model takes the last value, as the deploying tools do, and says so. */
class DuplicateKeysTest {

  @TempDir Path folder;

  /** Reports each API's endpoint type: which of two values the model took. */
  @RuleInfo(id = "endpoint", title = "t", severity = Severity.WARNING, category = "test", since = "0.1.0")
  static final class Endpoint implements Rule {
    @Override
    public void visitApi(Api api, RuleContext context) {
      context.report(String.valueOf(api.endpointType()), api.location(), Subject.api(api)).emit();
    }
  }

  private List<Finding> run() {
    return new Linter(RuleRegistry.of(List.of(new Endpoint()))).run(new LintRequest(List.of(folder), Config.defaults(), folder)).findings();
  }

  @Test
  void theLastValueIsTakenAndTheKeyIsReportedWhereItIsWrittenAgain() throws IOException {
    Files.writeString(folder.resolve("api.yaml"), """
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties:
              EndpointConfiguration:
                Types: [PRIVATE]
              Name: orders
              EndpointConfiguration:
                Types: [REGIONAL]
        """);
    assertThat(run()).extracting(f -> f.ruleId() + " " + f.location() + " " + f.message()).containsExactly(
        "endpoint api.yaml:2:3 REGIONAL",
        "duplicate-key api.yaml:8:7 `EndpointConfiguration` is written twice in this mapping; the AWS CLI and SAM CLI keep this value"
            + " and drop the one at line 5 (CloudFormation documents a template with duplicate keys as undefined behaviour)");
    assertThat(run().get(1).related()).singleElement().satisfies(related -> {
      assertThat(related.location()).isEqualTo(new Location("api.yaml", 5, 7));
      assertThat(related.message()).isEqualTo("`EndpointConfiguration` written before, dropped");
    });
  }

  @Test
  void aKeyWrittenTwiceInsideAPolicyIsLeftToThePolicyGrammar() throws IOException {
    Files.writeString(folder.resolve("policy.json"), """
        {"Version": "2012-10-17", "Version": "2012-10-17", "Statement": []}
        """);
    assertThat(run()).isEmpty();
  }

  @Test
  void aTerraformBlockWrittenTwiceIsTheModulesParseErrorOnly() throws IOException {
    Files.writeString(folder.resolve("main.tf.json"), """
        {"resource": {"aws_api_gateway_rest_api": {"api": {"name": "a"}, "api": {"name": "b"}}}}
        """);
    assertThat(run()).extracting(Finding::ruleId).containsOnly("parse-error", "endpoint").contains("parse-error");
  }
}
