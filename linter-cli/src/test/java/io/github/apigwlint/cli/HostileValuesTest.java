package io.github.apigwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values of the input that look like the engine's own markers or like commands to the reader's
 * terminal or CI runner are read, and shown, as the text they are.
 */
class HostileValuesTest {

  /** A symbol token as the engine writes one for a value a template does not fix. */
  private static final String FORGED = "\uE000opaque:x\uE001";

  @TempDir Path dir;

  private final RealCli cli = new RealCli();

  private static String cloudFormation(String operator, String value) {
    return """
        {
          "Resources": {
            "Api": {
              "Type": "AWS::ApiGateway::RestApi",
              "Properties": {
                "Name": "orders",
                "EndpointConfiguration": {"Types": ["PRIVATE"]},
                "Policy": {
                  "Version": "2012-10-17",
                  "Statement": [{
                    "Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*",
                    "Condition": {"%s": {"aws:SourceVpce": "%s"}}
                  }]
                }
              }
            },
            "Get": {
              "Type": "AWS::ApiGateway::Method",
              "Properties": {
                "RestApiId": {"Ref": "Api"}, "ResourceId": {"Fn::GetAtt": ["Api", "RootResourceId"]},
                "HttpMethod": "GET", "AuthorizationType": "NONE", "Integration": {"Type": "MOCK"}
              }
            }
          }
        }
        """.formatted(operator, value);
  }

  private static String terraform(String operator, String value) {
    return """
        resource "aws_api_gateway_rest_api" "orders" {
          name = "orders"
          endpoint_configuration {
            types = ["PRIVATE"]
          }
          policy = jsonencode({
            Version = "2012-10-17"
            Statement = [{
              Effect    = "Allow"
              Principal = "*"
              Action    = "execute-api:Invoke"
              Resource  = "execute-api:/*"
              Condition = { %s = { "aws:SourceVpce" = "%s" } }
            }]
          })
        }

        resource "aws_api_gateway_method" "get" {
          rest_api_id   = aws_api_gateway_rest_api.orders.id
          resource_id   = aws_api_gateway_rest_api.orders.root_resource_id
          http_method   = "GET"
          authorization = "NONE"
        }
        """.formatted(operator, value);
  }

  /** What the command reports about one file, the value it names replaced, so that runs compare. */
  private String findings(String folder, String file, String content, String value) throws IOException {
    Path path = dir.resolve(folder).resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, content);
    assertThat(cli.run(dir, "check", folder, "--fail-on", "never", "--format", "github")).isZero();
    return cli.out().replace(value, "VALUE");
  }

  /**
   * A policy open to every VPC endpoint but one whose id is a forged token: today's engine took the
   * token for a value it does not know and reported nothing; the value is a literal endpoint id like
   * any other, so private-api-open-to-any-vpce reports it as it does for vpce-1234.
   */
  @Test
  void aForgedSymbolIsALiteralEndpointIdInEveryLanguage() throws IOException {
    String literal = findings("literal", "api.json", cloudFormation("StringNotEquals", "vpce-1234"), "vpce-1234");
    assertThat(literal).contains("private-api-open-to-any-vpce");
    assertThat(findings("json", "api.json", cloudFormation("StringNotEquals", "\\uE000opaque:x\\uE001"), "\uFFFDopaque:x\uFFFD")
        .replace("json/", "literal/")).isEqualTo(literal);
    String yaml = cloudFormation("StringNotEquals", FORGED);
    assertThat(findings("yaml", "api.yaml", yaml, "\uFFFDopaque:x\uFFFD").replace("yaml/api.yaml", "literal/api.json"))
        .isEqualTo(literal);

    String terraform = findings("tf-literal", "main.tf", terraform("StringNotEquals", "vpce-1234"), "vpce-1234");
    assertThat(terraform).contains("private-api-open-to-any-vpce");
    assertThat(findings("tf", "main.tf", terraform("StringNotEquals", FORGED), "\uFFFDopaque:x\uFFFD")
        .replace("tf/", "tf-literal/")).isEqualTo(terraform);
    assertThat(findings("tf-escaped", "main.tf", terraform("StringNotEquals", "\\uE000opaque:x\\uE001"), "\uFFFDopaque:x\uFFFD")
        .replace("tf-escaped/", "tf-literal/")).isEqualTo(terraform);
  }

  /** Allowed through one endpoint whose id is forged: the access summary names it, never "depends". */
  @Test
  void theAccessSummaryOfAForgedEndpointIsDefinite() throws IOException {
    Files.writeString(dir.resolve("api.json"), cloudFormation("StringEquals", "\\uE000opaque:x\\uE001"));
    assertThat(cli.run(dir, "access", "api.json")).isZero();
    assertThat(cli.out()).contains("anyone, through any VPC endpoint: denied, the resource policy does not allow it")
        .doesNotContain("depends", "\uE000");
  }

  /** A logical id with a terminal escape, a line break before a workflow command, a pipe, HTML and a CDATA end. */
  @Test
  void everyFormatShowsAHostileLogicalIdAsText() throws IOException {
    Files.writeString(dir.resolve("api.yaml"), """
        Resources:
          "Api\\e[31m\\n::error::forged|<script>]]>\\x01":
            Type: AWS::ApiGateway::RestApi
            Properties:
              EndpointConfiguration: {Types: [PRIVATE]}
        """);
    for (String format : List.of("text", "github", "markdown", "junit")) {
      cli.run(dir, "check", "api.yaml", "--format", format);
      String out = cli.out();
      assertThat(out).as(format).contains("private-api-without-policy").doesNotContain("\u001b");
      if (format.equals("markdown") || format.equals("junit")) {
        assertThat(out).as(format).doesNotContain("<script>");
      }
      assertThat(out.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t')).as(format).isEmpty();
      assertThat(out.lines()).as(format).noneMatch(line -> line.startsWith("::error::forged"));
    }
    cli.run(dir, "access", "api.yaml");
    assertThat(cli.out()).contains("Api\\x1b[31m\\x0a::error::forged|<script>]]>\\x01").doesNotContain("\u001b");
  }
}
