package io.github.apigwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.rule.RuleDocs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AccessAndSimulateTest {

  private static final String TEMPLATE = """
      Resources:
        ReportsApi:
          Type: AWS::ApiGateway::RestApi
          Properties:
            Name: reports
            EndpointConfiguration: {Types: [PRIVATE]}
            Policy:
              Version: "2012-10-17"
              Statement:
                - {Sid: Open, Effect: Allow, Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*"}
                - Sid: OnlyOurEndpoint
                  Effect: Deny
                  Principal: "*"
                  Action: execute-api:Invoke
                  Resource: execute-api:/*
                  Condition: {StringNotEquals: {"aws:SourceVpce": "vpce-1a2b3c4d"}}
        Get:
          Type: AWS::ApiGateway::Method
          Properties:
            RestApiId: !Ref ReportsApi
            ResourceId: !GetAtt ReportsApi.RootResourceId
            HttpMethod: GET
            AuthorizationType: NONE
      """;
  private static final String METHOD = "arn:aws:execute-api:us-east-1:111111111111:a1b2c3d4e5/prod/GET/pets";

  @TempDir Path workingDirectory;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void files() throws IOException {
    Files.writeString(workingDirectory.resolve("api.yaml"), TEMPLATE);
    Files.writeString(workingDirectory.resolve("policy.json"), """
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "Open", "Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*"},
          {"Sid": "NotFromHere", "Effect": "Deny", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*",
           "Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}}]}
        """);
  }

  private int run(String... args) {
    Environment environment = new Environment(() -> RuleRegistry.of(List.of()), (rules, request) -> null,
        new RuleDocs(getClass().getClassLoader()), workingDirectory);
    CommandLine commandLine = Cli.create(environment);
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void accessText_namesTheEndpointThatGetsIn() {
    assertThat(run("access", "api.yaml")).isZero();
    assertThat(out.toString())
        .contains("through VPC endpoint vpce-1a2b3c4d")
        .doesNotContain("through any other VPC endpoint:");
  }

  @Test
  void accessMarkdown_hasAMermaidFlowchart() {
    assertThat(run("access", "api.yaml", "--format", "markdown")).isZero();
    assertThat(out.toString()).contains("```mermaid\nflowchart LR\n").contains("api0[\"REST API ReportsApi\"]");
  }

  @Test
  void accessJson_listsCallerClasses() {
    assertThat(run("access", "api.yaml", "-f", "json")).isZero();
    assertThat(out.toString()).contains("\"class\": \"ANYONE\"").contains("\"endpointType\": \"PRIVATE\"");
  }

  @Test
  void accessText_class1_aDefinitionIncludedFromS3LeavesEveryMethodUnknown() throws IOException {
    Files.writeString(workingDirectory.resolve("sam.yaml"), """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          OrdersApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: prod
              EndpointConfiguration: REGIONAL
              DefinitionBody:
                Fn::Transform:
                  Name: AWS::Include
                  Parameters:
                    Location: s3://specs-bucket/orders.yaml
          Orders:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: app.handler
              Events:
                Get:
                  Type: Api
                  Properties: {RestApiId: !Ref OrdersApi, Path: /orders, Method: get}
        """);
    assertThat(run("access", "sam.yaml")).isZero();
    assertThat(out.toString()).contains("every method (none declared)").contains("resource policy unknown").doesNotContain("GET /orders");
  }

  @Test
  void simulate_printsDecisionAndDecidingStatementWithLine() {
    assertThat(run("simulate", "--policy", "policy.json", "--principal", "anonymous", "--resource", METHOD,
        "--context", "aws:SourceIp=203.0.113.9", "--auth-type", "NONE")).isZero();
    assertThat(out.toString()).startsWith("EXPLICIT_DENY").contains("Deny statement NotFromHere at policy.json:3");
  }

  @Test
  void simulate_json() {
    assertThat(run("simulate", "--policy", "policy.json", "--principal", "111111111111", "--resource", METHOD,
        "--context", "aws:SourceIp=198.51.100.1", "--format", "json")).isZero();
    assertThat(out.toString()).contains("\"decision\": \"ALLOW\"").contains("\"location\": \"policy.json:2\"");
  }

  @Test
  void simulate_unknownPrincipalIsAUsageFailure() {
    assertThat(run("simulate", "--principal", "bob", "--resource", METHOD)).isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString()).contains("--principal");
  }

  @Test
  void class4_simulate_aPolicyThatDoesNotParseIsNamedWithWhereItBreaks() throws IOException {
    Files.writeString(workingDirectory.resolve("broken.json"), "{\"Version\": \"2012-10-17\", \"Statement\": [\n");
    Files.writeString(workingDirectory.resolve("settings.json"), "{\"editor.tabSize\": 2,}");

    assertThat(run("simulate", "--policy", "broken.json", "--principal", "anonymous", "--resource", METHOD))
        .isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString()).contains("broken.json:2:1: Unexpected end-of-input");
    assertThat(run("simulate", "--policy", "settings.json", "--principal", "anonymous", "--resource", METHOD))
        .isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString()).contains("settings.json: not valid JSON (line 1, column 22: Unexpected character ('}'");
  }
}
