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
    Files.writeString(workingDirectory.resolve("cache.json"), """
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "Open", "Effect": "Allow", "Principal": "*", "Action": "execute-api:*", "Resource": "execute-api:/*"},
          {"Sid": "NoCacheFlush", "Effect": "Deny", "Principal": "*", "Action": "execute-api:InvalidateCache", "Resource": "execute-api:/*"},
          {"Sid": "NotPartner", "Effect": "Deny", "Principal": {"AWS": "222222222222"}, "Action": "execute-api:*", "Resource": "execute-api:/*"}]}
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
  void class5_simulateWithAuthTypeDecidesOnTheActionGiven() {
    assertThat(run("simulate", "--policy", "cache.json", "--principal", "anonymous", "--resource", METHOD,
        "--action", "execute-api:InvalidateCache", "--auth-type", "NONE")).isZero();
    assertThat(out.toString()).isEqualTo("""
        EXPLICIT_DENY: NONE: resource policy denies
          Deny statement NoCacheFlush at cache.json:3
        """);
  }

  @Test
  void class5_simulateWithAuthTypeShowsTheStatementsTheWorkflowEvaluated() {
    // A NONE method passes no signer to the resource policy, so the Deny naming the account does not apply.
    assertThat(run("simulate", "--policy", "cache.json", "--principal", "222222222222", "--resource", METHOD,
        "--auth-type", "NONE")).isZero();
    assertThat(out.toString()).isEqualTo("""
        ALLOW: NONE: resource policy allows
          Allow statement Open at cache.json:2
        """);
  }

  @Test
  void class5_resourceThatIsNotAnArnIsAUsageError() {
    assertThat(run("simulate", "--policy", "policy.json", "--principal", "anonymous", "--resource", "pets")).isEqualTo(ExitCodes.FAILURE);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEqualTo("apigw-lint: --resource is not an ARN: pets\n");
  }

  @Test
  void class5_authTypeNeedsTheArnOfAMethod() {
    String api = "arn:aws:execute-api:us-east-1:111111111111:a1b2c3d4e5";
    assertThat(run("simulate", "--principal", "anonymous", "--resource", api, "--auth-type", "NONE")).isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString()).isEqualTo("apigw-lint: --auth-type needs --resource to be the ARN of a method,"
        + " arn:aws:execute-api:REGION:ACCOUNT:API-ID/STAGE/VERB/PATH: " + api + "\n");
  }

  @Test
  void simulate_unknownPrincipalIsAUsageFailure() {
    assertThat(run("simulate", "--principal", "bob", "--resource", METHOD)).isEqualTo(ExitCodes.FAILURE);
    assertThat(err.toString()).contains("--principal");
  }
}
