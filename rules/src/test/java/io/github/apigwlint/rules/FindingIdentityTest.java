package io.github.apigwlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.rule.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finding's identity is the node it is about: it stays when lines move and statements are reordered. */
class FindingIdentityTest {

  private static final String HEAD =
      """
      Resources:
        PrivateApi:
          Type: AWS::ApiGateway::RestApi
          Properties:
            EndpointConfiguration:
              Types: [PRIVATE]
            Policy:
              Statement:
      """;

  /** A Deny on the caller's address, written in YAML under the policy's Statement. */
  private static final String DENY_BY_ADDRESS = String.join("\n",
      "          - Sid: %s",
      "            Effect: Deny",
      "            Principal: '*'",
      "            Action: execute-api:Invoke",
      "            Resource: execute-api:/*",
      "            Condition: {%s: {aws:SourceIp: %s}}",
      "");

  private static final String OFFICE = DENY_BY_ADDRESS.formatted("NotFromTheOffice", "NotIpAddress", "198.51.100.0/24");

  private static final String LAB = DENY_BY_ADDRESS.formatted("NotFromTheLab", "IpAddress", "192.0.2.0/24");

  @TempDir Path folder;

  @Test
  void eachClauseIsItsOwnFindingWhereverItStands() throws IOException {
    List<Finding> before = lint(HEAD + OFFICE + LAB);
    List<Finding> after = lint("# moved down\n\n" + HEAD + LAB + OFFICE);

    assertThat(before).extracting(Finding::identity).containsExactly(
        "source-ip-on-private-api clause api.yaml#PrivateApi /Resources/PrivateApi/Properties/Policy Sid=NotFromTheOffice"
            + " NotIpAddress aws:SourceIp",
        "source-ip-on-private-api clause api.yaml#PrivateApi /Resources/PrivateApi/Properties/Policy Sid=NotFromTheLab"
            + " IpAddress aws:SourceIp");
    assertThat(after).extracting(Finding::identity).containsExactlyInAnyOrderElementsOf(before.stream().map(Finding::identity).toList());
    assertThat(after).extracting(f -> f.location().line()).doesNotContainAnyElementsOf(before.stream().map(f -> f.location().line()).toList());
  }

  @Test
  void statementsWithoutSidAreNamedByTheirPlace() throws IOException {
    List<Finding> found = lint(HEAD + OFFICE.replaceFirst("- Sid: NotFromTheOffice\\n\\s+", "- "));
    assertThat(found).extracting(Finding::identity).containsExactly(
        "source-ip-on-private-api clause api.yaml#PrivateApi /Resources/PrivateApi/Properties/Policy /Statement/0"
            + " NotIpAddress aws:SourceIp");
  }

  @Test
  void aFindingOfSomeVariantsSaysWhenApartFromItsMessageAndKeepsItsIdentity() throws IOException {
    String conditional = """
        Parameters:
          Stage: {Type: String}
        Conditions:
          IsProd: !Equals [!Ref Stage, prod]
        """ + HEAD.replace("Types: [PRIVATE]", "Types: [!If [IsProd, PRIVATE, REGIONAL]]") + OFFICE;
    List<Finding> always = lint(HEAD + OFFICE);
    List<Finding> sometimes = lint(conditional);

    assertThat(sometimes).singleElement().satisfies(f -> {
      assertThat(f.when()).isEqualTo("when condition IsProd is true");
      assertThat(f.message()).isEqualTo(always.get(0).message());
      assertThat(f.identity()).isEqualTo(always.get(0).identity());
    });
  }

  /**
   * A Terraform module called from two root modules (where terraform runs) makes two APIs: their
   * findings have two identities, each with its root's folder, and instances of count their own.
   */
  @Test
  void aTerraformResourceIsIdentifiedWithItsRootModuleAndItsInstanceKey() throws IOException {
    String call = "module \"api\" {\n  source = \"../../modules/api\"\n}\n";
    for (String root : List.of("examples/basic", "examples/complete")) {
      Files.createDirectories(folder.resolve(root));
      Files.writeString(folder.resolve(root).resolve("main.tf"), call);
    }
    Files.createDirectories(folder.resolve("modules/api"));
    Files.writeString(folder.resolve("modules/api/main.tf"), """
        resource "aws_api_gateway_rest_api" "this" {
          count = 2
          name  = "api-${count.index}"
          endpoint_configuration {
            types = ["PRIVATE"]
          }
        }
        """);
    RuleRegistry rule = RuleRegistry.of(List.of(new io.github.apigwlint.rules.privateapi.PrivateApiWithoutPolicy()));

    List<Finding> found = new Linter(rule).run(new LintRequest(List.of(folder), Config.defaults(), folder)).findings();

    assertThat(found).extracting(Finding::identity).containsExactlyInAnyOrder(
        "private-api-without-policy api examples/basic/#module.api.aws_api_gateway_rest_api.this[0]",
        "private-api-without-policy api examples/basic/#module.api.aws_api_gateway_rest_api.this[1]",
        "private-api-without-policy api examples/complete/#module.api.aws_api_gateway_rest_api.this[0]",
        "private-api-without-policy api examples/complete/#module.api.aws_api_gateway_rest_api.this[1]");
  }

  private List<Finding> lint(String template) throws IOException {
    Files.writeString(folder.resolve("api.yaml"), template);
    RuleRegistry rule = RuleRegistry.of(List.of(new io.github.apigwlint.rules.privateapi.SourceIpOnPrivateApi()));
    return new Linter(rule).run(new LintRequest(List.of(folder), Config.defaults(), folder)).findings();
  }
}
