package io.github.apigwlint.model.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.DomainName;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.source.LoadOutcome;
import io.github.apigwlint.source.SourceLoader;
import io.github.apigwlint.source.Symbols;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamApplicationTest {

  @TempDir Path folder;

  private Workspace read(String yaml) throws IOException {
    Path file = folder.resolve("template.yaml");
    Files.writeString(file, "Transform: AWS::Serverless-2016-10-31\n" + yaml);
    LoadOutcome outcome = new SourceLoader().load(file, "template.yaml");
    WorkspaceBuilder builder = new WorkspaceBuilder(Config.defaults());
    builder.add(((LoadOutcome.Loaded) outcome).file());
    return builder.workspace();
  }

  private static List<String> resources(PolicyDocument policy) {
    return policy.policy().statements().stream()
        .flatMap(s -> s.resources().stream())
        .map(v -> Symbols.render(v.text()))
        .toList();
  }

  /** The API's methods as the access summary names them, each with its authorization. */
  private static List<String> routes(Api api) {
    return api.methods().stream().map(m -> m.display() + " " + m.authorization()).toList();
  }

  @Test
  void implicitApiFromEventsWithPerPathPolicy() throws IOException {
    Workspace workspace = read("""
        Globals:
          Api:
            Auth:
              ResourcePolicy:
                SourceVpcWhitelist: [vpc-1111, vpce-2222]
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Put:
                  Type: Api
                  Properties: {Method: Put, Path: /get}
                Any:
                  Type: Api
                  Properties: {Method: any, Path: "/items/{id}"}
        """);
    Api api = workspace.apis().get(0);
    assertThat(api.name()).isEqualTo("REST API ServerlessRestApi");
    assertThat(api.stageNames()).as("SAM's Deployment adds the stage Stage").containsExactly("Prod", "Stage");
    assertThat(api.methods()).extracting(m -> m.display()).containsExactly("PUT /get", "ANY /items/{id}");
    PolicyDocument policy = workspace.resourcePolicy(api).orElseThrow();
    assertThat(resources(policy)).containsExactly(
        "execute-api:/Prod/PUT/get", "execute-api:/Prod/PUT/get", "execute-api:/Prod/*/items/*", "execute-api:/Prod/*/items/*");
    assertThat(policy.policy().statements().get(1).node().toString()).contains("aws:SourceVpc").contains("aws:SourceVpce");
  }

  @Test
  void theImplicitApiTakesThePlaceOfAResourceDeclaredUnderItsId() throws IOException {
    Workspace workspace = read("""
        Resources:
          ServerlessRestApi:
            Type: AWS::Serverless::Function
            Properties: {Handler: index.handler, Runtime: python3.12}
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Get: {Type: Api, Properties: {Method: get, Path: /items}}
        """);
    assertThat(workspace.apis()).singleElement().satisfies(api -> {
      assertThat(api.name()).isEqualTo("REST API ServerlessRestApi");
      assertThat(api.methods()).extracting(m -> m.display()).containsExactly("GET /items");
    });
  }

  @Test
  void openApiVersionRemovesTheStageStageAndAnEmptyOneKeepsIt() throws IOException {
    Workspace workspace = read("""
        Globals:
          Api:
            OpenApiVersion: 3.0.1
        Resources:
          Versioned:
            Type: AWS::Serverless::Api
            Properties: {StageName: live}
          Unversioned:
            Type: AWS::Serverless::Api
            Properties: {StageName: live, OpenApiVersion: ""}
        """);
    assertThat(workspace.apis()).extracting(Api::name, Api::stageNames).containsExactly(
        org.assertj.core.groups.Tuple.tuple("REST API Versioned", List.of("live")),
        org.assertj.core.groups.Tuple.tuple("REST API Unversioned", List.of("live", "Stage")));
  }

  @Test
  void mergedEventsAuthorizerWinsOverTheDefinitionsSecurity() throws IOException {
    Workspace workspace = read("""
        Resources:
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: live
              MergeDefinitions: true
              Auth:
                Authorizers:
                  Pool: {UserPoolArn: arn:aws:cognito-idp:us-east-1:111122223333:userpool/us-east-1_abc}
              DefinitionBody:
                swagger: "2.0"
                paths:
                  /signed: {get: {security: [{Pool: []}]}}
                  /pool: {get: {security: [{Pool: []}]}}
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Signed:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /signed, Method: get, Auth: {Authorizer: AWS_IAM}}
                Pool:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /pool, Method: get}
        """);
    assertThat(workspace.apis().get(0).methods()).extracting(m -> m.display() + " " + m.authorization())
        .containsExactly("GET /signed AWS_IAM", "GET /pool COGNITO_USER_POOLS");
  }

  @Test
  void overrideApiAuthSetsTheAuthorizerOfAMethodOfTheGivenDefinition() throws IOException {
    Workspace workspace = read("""
        Resources:
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: live
              Auth:
                DefaultAuthorizer: AWS_IAM
              DefinitionBody:
                swagger: "2.0"
                paths:
                  /open: {get: {x-amazon-apigateway-integration: {type: aws_proxy}}}
                  /signed: {get: {x-amazon-apigateway-integration: {type: aws_proxy}}}
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Open:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /open, Method: get, Auth: {Authorizer: NONE, OverrideApiAuth: true}}
                Signed:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /signed, Method: get, Auth: {Authorizer: NONE}}
        """);
    assertThat(workspace.apis().get(0).methods()).extracting(m -> m.display() + " " + m.authorization())
        .containsExactly("GET /open NONE", "GET /signed AWS_IAM");
  }

  @Test
  void explicitApiEventsDefaultAuthorizerAndEventAuth() throws IOException {
    Workspace workspace = read("""
        Resources:
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: live
              Auth:
                DefaultAuthorizer: AWS_IAM
                ResourcePolicy:
                  AwsAccountWhitelist: ['111111111111']
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Get:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Method: get, Path: /pets}
                Open:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Method: post, Path: /pets, Auth: {Authorizer: NONE}}
        """);
    Api api = workspace.apis().get(0);
    assertThat(api.methods()).extracting(m -> m.authorization())
        .containsExactly(AuthorizationType.AWS_IAM, AuthorizationType.NONE);
    assertThat(resources(workspace.resourcePolicy(api).orElseThrow()))
        .containsExactly("execute-api:/live/GET/pets", "execute-api:/live/POST/pets");
  }

  @Test
  void eventsNamingTheirApiByAPlainLogicalIdReachIt() throws IOException {
    Workspace workspace = read("""
        Resources:
          HtmlApi: {Type: AWS::Serverless::Api, Properties: {StageName: live, Auth: {DefaultAuthorizer: AWS_IAM}}}
          HttpApi: {Type: AWS::Serverless::HttpApi}
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Get: {Type: Api, Properties: {RestApiId: HtmlApi, Method: get, Path: /, RequestModel: {Model: User, Required: true}}}
                Any: {Type: Api, Properties: {RestApiId: HtmlApi, Method: any, Path: /any, RequestParameters: [method.request.header.A]}}
                Imported: {Type: Api, Properties: {RestApiId: !ImportValue SharedApi, Method: post, Path: /imported}}
                Route: {Type: HttpApi, Properties: {ApiId: HttpApi}}
        """);
    assertThat(workspace.apis()).hasSize(2);
    assertThat(routes(workspace.apis().get(0)))
        .containsExactly("GET / AWS_IAM", "ANY /any AWS_IAM");
    assertThat(routes(workspace.apis().get(1)))
        .containsExactly("$default NONE");
  }

  @Test
  void defaultAuthorizerReachesOnlyTheMethodsOfADefinition() throws IOException {
    Workspace workspace = read("""
        Resources:
          NoMethods: {Type: AWS::Serverless::Api, Properties: {StageName: live, Auth: {DefaultAuthorizer: AWS_IAM}}}
          Unread:
            Type: AWS::Serverless::Api
            Properties: {StageName: live, DefinitionUri: s3://specs/api.yaml, Auth: {DefaultAuthorizer: AWS_IAM}}
        """);
    assertThat(workspace.apis()).extracting(api -> api.invocableMethods().get(0).authorization())
        .containsExactly(AuthorizationType.UNKNOWN, AuthorizationType.AWS_IAM);
  }

  @Test
  void httpApiEventsWriteIntoTheOpenApi3DefinitionOfARestApi() throws IOException {
    Workspace workspace = read("""
        Resources:
          OpenApi3:
            Type: AWS::Serverless::Api
            Properties: {StageName: live, Auth: {DefaultAuthorizer: AWS_IAM}, DefinitionBody: {openapi: '3.0', paths: {}}}
          Swagger: {Type: AWS::Serverless::Api, Properties: {StageName: live, DefinitionBody: {swagger: '2.0', paths: {}}}}
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Default: {Type: HttpApi, Properties: {ApiId: !Ref OpenApi3}}
                Get: {Type: HttpApi, Properties: {ApiId: !Ref OpenApi3, Method: get, Path: /}}
                Refused: {Type: HttpApi, Properties: {ApiId: !Ref Swagger, Method: get, Path: /}}
        """);
    assertThat(routes(workspace.apis().get(0)))
        .containsExactly("ANY $default AWS_IAM", "GET / AWS_IAM");
    assertThat(workspace.apis().get(1).methods()).isEmpty();
  }

  @Test
  void anAuthorizerWithoutUserPoolOrJwtConfigurationIsALambdaAuthorizer() throws IOException {
    Workspace workspace = read("""
        Resources:
          Rest:
            Type: AWS::Serverless::Api
            Properties:
              StageName: live
              Auth:
                DefaultAuthorizer: Lambda
                Authorizers: {Lambda: {FunctionPayloadType: REQUEST, Identity: {Headers: [Authorization]}}, Pool: {UserPoolArn: arn}}
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Get: {Type: Api, Properties: {RestApiId: !Ref Rest, Method: get, Path: /}}
                Pooled: {Type: Api, Properties: {RestApiId: !Ref Rest, Method: post, Path: /, Auth: {Authorizer: Pool}}}
        """);
    assertThat(routes(workspace.apis().get(0))).containsExactly("GET / CUSTOM", "POST / COGNITO_USER_POOLS");
  }

  @Test
  void resourcePolicyWithoutPathsGeneratesNothing() throws IOException {
    Workspace workspace = read("""
        Resources:
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: live
              EndpointConfiguration: {Type: PRIVATE}
              Auth:
                ResourcePolicy:
                  IntrinsicVpceWhitelist: [vpce-1]
        """);
    Api api = workspace.apis().get(0);
    assertThat(workspace.resourcePolicy(api)).isEmpty();
    assertThat(workspace.samPolicySettings()).singleElement().satisfies(settings -> {
      assertThat(settings.perPathLists()).isTrue();
      assertThat(settings.paths()).isZero();
    });
  }

  @Test
  void domainBecomesDomainNameV2WhenPrivate() throws IOException {
    Workspace workspace = read("""
        Resources:
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: live
              Domain:
                DomainName: api.example.com
                CertificateArn: arn:aws:acm:us-east-1:111111111111:certificate/x
                EndpointConfiguration: PRIVATE
                BasePath: [/v1]
        """);
    DomainName domain = workspace.domains().get(0);
    assertThat(domain.kind()).isEqualTo(io.github.apigwlint.model.DomainKind.V1_PRIVATE);
    assertThat(workspace.mappings()).singleElement().satisfies(m -> {
      assertThat(m.basePath()).isEqualTo("v1");
      assertThat(m.api()).isSameAs(workspace.apis().get(0));
    });
  }

  /** TV-54/TV-55: each generated statement knows the Auth.ResourcePolicy lists it comes from; custom statements do not. */
  @Test
  void generatedStatementsKeepTheListsTheyComeFrom() throws IOException {
    Workspace workspace = read("""
        Resources:
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: live
              EndpointConfiguration: {Type: PRIVATE}
              Auth:
                ResourcePolicy:
                  IpRangeBlacklist: [203.0.113.0/24]
                  SourceVpcBlacklist: [vpc-1111, vpce-2222]
                  IntrinsicVpceBlacklist: [vpce-3333]
                  CustomStatements:
                    - {Effect: Allow, Principal: "*", Action: execute-api:Invoke, Resource: execute-api:/*}
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Get:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Method: get, Path: /pets}
        """);
    PolicyDocument policy = workspace.resourcePolicy(workspace.apis().get(0)).orElseThrow();
    // class B: the VPC lists' Allow equals the IP list's, which SAM wrote first, so SAM skips it
    assertThat(policy.policy().statements().stream()
            .map(s -> policy.origin(s).map(o -> s.effect() + " " + o.list() + (o.blacklist() ? " black " : " white ") + o.display())
                .orElse("as written")))
        .containsExactly(
            "ALLOW IP_RANGES black IpRangeBlacklist", "DENY IP_RANGES black IpRangeBlacklist",
            "DENY VPCS black SourceVpcBlacklist and IntrinsicVpceBlacklist",
            "as written");
    assertThat(policy.origins().get(0).location().line()).isEqualTo(10);
  }

  private static Api api(Workspace workspace, String name) {
    return workspace.apis().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> methods(Api api) {
    return api.methods().stream()
        .map(m -> m.display() + " " + m.authorization() + " api-key=" + m.apiKeyRequired()
            + (m.condition() == null ? "" : " " + m.condition().describe()))
        .toList();
  }

  /**
   * A template with the API {@code MyApi} of {@code apiProperties}, the state machine {@code Machine}
   * with {@code events}, and then the resources {@code more}.
   */
  private Workspace readWithMachine(String apiProperties, String events, String more) throws IOException {
    return read("""
        Resources:
          MyApi: {Type: AWS::Serverless::Api, Properties: %s}
          Machine:
            Type: AWS::Serverless::StateMachine
            Properties:
              Definition: {StartAt: Done, States: {Done: {Type: Pass, End: true}}}
              Events:
        %s%s""".formatted(apiProperties, events.indent(8), more.indent(2)));
  }

  @Test
  void stateMachineApiEventsRouteLikeFunctionEvents() throws IOException {
    Workspace workspace = readWithMachine("{StageName: live, Auth: {DefaultAuthorizer: AWS_IAM}}", """
        Start: {Type: Api, Properties: {RestApiId: !Ref MyApi, Method: post, Path: /start}}
        Open:
          Type: Api
          Properties: {RestApiId: !Ref MyApi, Method: GET, Path: /status, Auth: {Authorizer: NONE, ApiKeyRequired: true}}
        Implicit: {Type: Api, Properties: {Method: any, Path: /run}}
        """, "");
    assertThat(methods(api(workspace, "REST API MyApi")))
        .containsExactly("POST /start AWS_IAM api-key=OFF", "GET /status NONE api-key=ON");
    assertThat(methods(api(workspace, "REST API ServerlessRestApi"))).containsExactly("ANY /run NONE api-key=OFF");
  }

  /** SAM merges a function's events into a given definition with MergeDefinitions, never a state machine's. */
  @Test
  void stateMachineEventsStayOutOfAGivenDefinition() throws IOException {
    Workspace workspace = readWithMachine(
        "{StageName: live, MergeDefinitions: true, DefinitionBody: {swagger: '2.0', info: {title: t}, paths: {/pets: {}}}}",
        "Start: {Type: Api, Properties: {RestApiId: !Ref MyApi, Method: post, Path: /start}}", """
        Fn:
          Type: AWS::Serverless::Function
          Properties:
            Events:
              Get: {Type: Api, Properties: {RestApiId: !Ref MyApi, Method: get, Path: /pets}}
        """);
    assertThat(methods(api(workspace, "REST API MyApi"))).containsExactly("GET /pets NONE api-key=OFF");
  }

  /** A state machine's event names its own Stage in its per-path statements, and SAM leaves it null when not given. */
  @Test
  void stateMachineEventPolicyNamesTheEventsStage() throws IOException {
    Workspace workspace = readWithMachine("{StageName: live}", """
        Given:
          Type: Api
          Properties:
            RestApiId: !Ref MyApi
            Method: get
            Path: /one
            Stage: beta
            Auth: {ResourcePolicy: {AwsAccountWhitelist: ['111111111111']}}
        Unset:
          Type: Api
          Properties: {RestApiId: !Ref MyApi, Method: post, Path: /two, Auth: {ResourcePolicy: {AwsAccountWhitelist: ['111111111111']}}}
        """, "");
    assertThat(resources(workspace.resourcePolicy(api(workspace, "REST API MyApi")).orElseThrow())).containsExactly(
        "execute-api:/beta/GET/one", "execute-api:/${stage SAM leaves unset in Machine.Events.Unset}/POST/two");
  }

  /** SAM translates every function before any state machine: the state machine's event is the one refused. */
  @Test
  void stateMachineEventOnARouteAFunctionWroteIsRefused() throws IOException {
    Workspace workspace = readWithMachine("{StageName: live}", "Start: {Type: Api, Properties: {Method: post, Path: /start}}", """
        Fn:
          Type: AWS::Serverless::Function
          Properties:
            Events:
              Post: {Type: Api, Properties: {Method: POST, Path: /start}}
        """);
    assertThat(workspace.samTransformErrors()).singleElement().satisfies(error -> {
      assertThat(error.setting()).isEqualTo("Machine.Events.Start");
      assertThat(error.message()).isEqualTo("Event with id [Start] is invalid. API method \"post\" defined multiple times for path \"/start\".");
    });
  }

  /**
   * SAM creates the implicit API under the Fn::Or of its routes' conditions when each has one, and each
   * route under its resource's condition.
   */
  @Test
  void implicitApiTakesTheConditionsOfItsRoutes() throws IOException {
    String template = """
        Parameters:
          Env: {Type: String, Default: prod}
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
          IsTest: !Equals [!Ref Env, test]
        Resources:
          Prod:
            Type: AWS::Serverless::Function
            Condition: IsProd
            Properties:
              Events:
                Get: {Type: Api, Properties: {Method: get, Path: /a}}
                Http: {Type: HttpApi, Properties: {Method: get, Path: /a}}
          Machine:
            {Type: AWS::Serverless::StateMachine, Condition: IsTest, Properties: {Events: {Start: {Type: Api, Properties: {Method: post, Path: /a}}}}}
        """;
    Workspace workspace = read(template);
    Api rest = api(workspace, "REST API ServerlessRestApi");
    assertThat(rest.condition().describe())
        .isEqualTo("only when condition ServerlessRestApiCondition is true (true with the parameter defaults)");
    assertThat(methods(rest)).containsExactly(
        "GET /a NONE api-key=OFF only when condition IsProd is true (true with the parameter defaults)",
        "POST /a NONE api-key=OFF only when condition IsTest is true (false with the parameter defaults)");
    assertThat(api(workspace, "HTTP API ServerlessHttpApi").condition().describe())
        .isEqualTo("only when condition IsProd is true (true with the parameter defaults)");

    Workspace withoutCondition = read(template.replace(" Condition: IsTest,", ""));
    assertThat(api(withoutCondition, "REST API ServerlessRestApi").condition()).isNull();
  }
}
