package io.github.apigwlint.model.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.access.summary.AccessSummary;
import io.github.apigwlint.access.summary.MethodAccess;
import io.github.apigwlint.config.Config;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.policy.ConditionClause;
import io.github.apigwlint.policy.PolicyValue;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.source.LoadOutcome;
import io.github.apigwlint.source.SourceLoader;
import io.github.apigwlint.source.Symbols;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The IaC parsing vectors of §12.8: policy forms in CloudFormation, IAM in OpenAPI, endpoint configuration placement. */
class IacVectorsTest {

  @TempDir Path folder;

  private Workspace read(String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, content);
    LoadOutcome outcome = new SourceLoader().load(file, name);
    assertThat(outcome).isInstanceOf(LoadOutcome.Loaded.class);
    Config config = new Config("111111111111", List.of(), "us-east-1", java.util.Set.of(), List.of(), java.util.Map.of(), List.of(),
        List.of(), io.github.apigwlint.source.Limits.defaults(), null);
    WorkspaceBuilder builder = new WorkspaceBuilder(config);
    builder.add(((LoadOutcome.Loaded) outcome).file());
    return builder.workspace();
  }

  private static final String TEMPLATE = """
      Resources:
        PetsApi:
          Type: AWS::ApiGateway::RestApi
          Properties:
            Name: pets
            EndpointConfiguration: {Types: [PRIVATE]}
      %s
        ListPets:
          Type: AWS::ApiGateway::Method
          Properties:
            RestApiId: !Ref PetsApi
            ResourceId: !GetAtt PetsApi.RootResourceId
            HttpMethod: GET
            AuthorizationType: NONE
        Prod:
          Type: AWS::ApiGateway::Stage
          Properties: {RestApiId: !Ref PetsApi, StageName: prod}
      """;

  private static final String POLICY_OBJECT = """
            Policy:
              Version: "2012-10-17"
              Statement:
                - Effect: Allow
                  Principal: "*"
                  Action: execute-api:Invoke
                  Resource: !Join ["", ["execute-api:/", "*"]]
                - Effect: Deny
                  Principal: "*"
                  Action: execute-api:Invoke
                  Resource: [!Join ["", ["execute-api:/", "*"]]]
                  Condition:
                    StringNotEquals:
                      aws:SourceVpce: vpce-0a1b2c3d4e5f60718
      """;

  private static final String POLICY_STRING = """
            Policy: >-
              {"Version": "2012-10-17", "Statement": [
              {"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*"},
              {"Effect": "Deny", "Principal": "*", "Action": "execute-api:Invoke", "Resource": ["execute-api:/*"],
              "Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-0a1b2c3d4e5f60718"}}}]}
      """;

  /** A statement as the evaluator reads it, without locations. */
  private static String render(Statement s) {
    return s.effect() + " principal=" + s.principal().aws().stream().map(PolicyValue::text).toList()
        + " wildcard=" + s.principal().wildcard()
        + " actions=" + s.actions().stream().map(PolicyValue::text).toList()
        + " resources=" + s.resources().stream().map(v -> Symbols.render(v.text())).toList()
        + " conditions=" + s.conditions().stream().map(IacVectorsTest::render).toList();
  }

  private static String render(ConditionClause c) {
    return c.operatorName() + " " + c.key().text() + "=" + c.values().stream().map(PolicyValue::text).toList();
  }

  private static List<String> analysis(Workspace workspace) {
    Api api = workspace.apis().get(0);
    PolicyDocument policy = workspace.resourcePolicy(api).orElseThrow();
    assertThat(policy.policy().problems()).isEmpty();
    List<String> lines = new java.util.ArrayList<>(policy.policy().statements().stream().map(IacVectorsTest::render).toList());
    for (MethodAccess method : AccessSummary.of(api, policy).methods()) {
      lines.add(method.stage() + " " + method.method().display() + ": "
          + method.grants().stream().map(g -> g.describe() + " " + g.outcome(method.gate())).collect(Collectors.joining("; ")));
    }
    return lines;
  }

  @Test
  void tv107_policyAsYamlObjectOrJsonStringIsAnalysedTheSame() throws IOException {
    List<String> object = analysis(read("object.yaml", TEMPLATE.formatted(POLICY_OBJECT)));
    List<String> string = analysis(read("string.yaml", TEMPLATE.formatted(POLICY_STRING)));
    assertThat(object).isEqualTo(string);
    assertThat(object).anySatisfy(line -> assertThat(line).startsWith("ALLOW").contains("resources=[execute-api:/*]"));
    assertThat(object).anySatisfy(line -> assertThat(line)
        .isEqualTo("prod GET /: anyone, through VPC endpoint vpce-0a1b2c3d4e5f60718 allowed"));
  }

  @Test
  void tv107_joinInResourceGivesTheShorthand() throws IOException {
    Workspace workspace = read("object.yaml", TEMPLATE.formatted(POLICY_OBJECT));
    List<Statement> statements = workspace.resourcePolicy(workspace.apis().get(0)).orElseThrow().policy().statements();
    assertThat(statements).extracting(s -> s.resources().get(0).text()).containsExactly("execute-api:/*", "execute-api:/*");
  }

  private static final String SIGV4_DEFINITION = """
      openapi: 3.0.1
      info: {title: pets, version: "1"}
      components:
        securitySchemes:
          sigv4:
            type: apiKey
            name: Authorization
            in: header
            x-amazon-apigateway-authtype: awsSigv4
      paths:
        /pets:
          get:
            security: [{sigv4: []}]
          post:
            x-amazon-apigateway-auth: {type: aws_iam}
          put:
            x-amazon-apigateway-auth: {type: NONE}
          delete:
            responses: {}
      """;

  @Test
  void tv108_sigv4SchemeAndAuthExtensionGiveAwsIam() throws IOException {
    Workspace standalone = read("pets-openapi.yaml", SIGV4_DEFINITION);
    Workspace body = read("template.yaml", "Resources:\n  PetsApi:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Body:\n"
        + SIGV4_DEFINITION.indent(8));
    for (Workspace workspace : List.of(standalone, body)) {
      assertThat(workspace.apis().get(0).methods()).extracting(Method::display, Method::authorization).containsExactly(
          org.assertj.core.groups.Tuple.tuple("GET /pets", AuthorizationType.AWS_IAM),
          org.assertj.core.groups.Tuple.tuple("POST /pets", AuthorizationType.AWS_IAM),
          org.assertj.core.groups.Tuple.tuple("PUT /pets", AuthorizationType.NONE),
          org.assertj.core.groups.Tuple.tuple("DELETE /pets", AuthorizationType.NONE));
    }
  }

  @Test
  void tv109_endpointConfigurationUnderServersIsRead() throws IOException {
    Workspace workspace = read("servers.yaml", """
        openapi: 3.0.1
        info: {title: pets, version: "1"}
        servers:
          - url: https://pets.example.com/{basePath}
            x-amazon-apigateway-endpoint-configuration:
              vpcEndpointIds: [vpce-0abc1234def567890]
        paths: {/pets: {get: {}}}
        """);
    assertThat(workspace.apis().get(0).vpcEndpointIds()).containsExactly("vpce-0abc1234def567890");
    assertThat(workspace.definitions()).singleElement().satisfies(definition -> {
      assertThat(definition.isOpenApi3()).isTrue();
      assertThat(definition.topLevelEndpointConfiguration()).isNull();
    });
  }

  @Test
  void tv109_endpointConfigurationAtTheTopOfOpenApi3IsNoted() throws IOException {
    Workspace workspace = read("top.yaml", """
        openapi: 3.0.1
        info: {title: pets, version: "1"}
        x-amazon-apigateway-endpoint-configuration:
          vpcEndpointIds: [vpce-0abc1234def567890]
        paths: {/pets: {get: {}}}
        """);
    assertThat(workspace.definitions()).singleElement().satisfies(definition -> {
      assertThat(definition.topLevelEndpointConfiguration().line()).isEqualTo(3);
      assertThat(definition.api()).isSameAs(workspace.apis().get(0));
      assertThat(definition.version()).isEqualTo("3.0.1");
      assertThat(definition.topLevelEndpointSettings()).containsExactly("vpcEndpointIds");
    });
  }

  @Test
  void tv109_swagger2KeepsItAtTheTop() throws IOException {
    Workspace workspace = read("swagger.yaml", """
        swagger: "2.0"
        info: {title: pets, version: "1"}
        x-amazon-apigateway-endpoint-configuration:
          vpcEndpointIds: [vpce-0abc1234def567890]
        paths: {/pets: {get: {}}}
        """);
    assertThat(workspace.apis().get(0).vpcEndpointIds()).containsExactly("vpce-0abc1234def567890");
    assertThat(workspace.definitions()).singleElement().satisfies(definition -> assertThat(definition.isOpenApi3()).isFalse());
  }
}
