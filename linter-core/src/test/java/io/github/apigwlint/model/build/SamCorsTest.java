package io.github.apigwlint.model.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.model.Api;
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

/** The OPTIONS methods SAM's CORS support writes, and how its {@code Auth} treats preflight. */
class SamCorsTest {

  @TempDir Path folder;

  private static final String FUNCTION_WITH_EVENTS = """
        Fn:
          Type: AWS::Serverless::Function
          Properties:
            Events:
              Get:
                Type: Api
                Properties: {RestApiId: !Ref MyApi, Method: get, Path: /pets}
              Post:
                Type: Api
                Properties: {RestApiId: !Ref MyApi, Method: post, Path: /pets/}
              Preflight:
                Type: Api
                Properties: {RestApiId: !Ref MyApi, Method: options, Path: /own}
      """;

  /** A template whose API MyApi (stage live) has these properties, and the function that routes to it. */
  private static String restApi(String properties) {
    return """
        Resources:
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: live
        """ + properties.indent(6) + FUNCTION_WITH_EVENTS;
  }

  /** Each method of the template's first API as {@code VERB /path AUTHORIZATION api-key}. */
  private List<String> methods(String yaml) throws IOException {
    Workspace workspace = read(yaml);
    return methods(workspace.apis().get(0));
  }

  private static List<String> methods(Api api) {
    return api.methods().stream().map(m -> m.display() + " " + m.authorization() + " " + m.apiKeyRequired()).toList();
  }

  private Workspace read(String yaml) throws IOException {
    Path file = folder.resolve("template.yaml");
    Files.writeString(file, "Transform: AWS::Serverless-2016-10-31\n" + yaml);
    WorkspaceBuilder builder = new WorkspaceBuilder(Config.defaults());
    builder.add(((LoadOutcome.Loaded) new SourceLoader().load(file, "template.yaml")).file());
    return builder.workspace();
  }

  @Test
  void corsAddsPreflightToEveryPathWithoutOneAndAuthAppliesToIt() throws IOException {
    assertThat(methods(restApi("""
        Cors: "'https://example.com'"
        Auth:
          ApiKeyRequired: true
          DefaultAuthorizer: Lambda
          Authorizers:
            Lambda: {FunctionArn: arn:aws:lambda:us-east-1:111111111111:function:auth}
        """)))
        .containsExactly(
            "GET /pets CUSTOM ON", "POST /pets/ CUSTOM ON", "OPTIONS /own CUSTOM ON", "OPTIONS /pets CUSTOM ON");
  }

  @Test
  void preflightExistsUnderTheConditionOfItsPathItem() throws IOException {
    Workspace workspace = read("""
        Conditions:
          One: !Equals [a, a]
          Two: !Equals [a, b]
        Resources:
          Given:
            Type: AWS::Serverless::Api
            Properties:
              StageName: live
              Cors: "'*'"
              DefinitionBody:
                swagger: "2.0"
                paths:
                  /kept: {get: {}}
                  /maybe: {"Fn::If": [Two, {get: {}}, {Ref: AWS::NoValue}]}
          Generated:
            Type: AWS::Serverless::Api
            Properties: {StageName: live, Cors: "'*'"}
          First:
            Type: AWS::Serverless::Function
            Condition: One
            Properties:
              Events:
                Get: {Type: Api, Properties: {RestApiId: !Ref Generated, Method: get, Path: /both}}
                Put: {Type: Api, Properties: {RestApiId: !Ref Generated, Method: put, Path: /one}}
          Second:
            Type: AWS::Serverless::Function
            Condition: Two
            Properties:
              Events:
                Post: {Type: Api, Properties: {RestApiId: !Ref Generated, Method: post, Path: /both}}
        """);
    assertThat(workspace.apis()).extracting(api -> api.methods().stream().filter(m -> "OPTIONS".equals(m.verb()))
            .map(m -> m.path() + " " + (m.condition() == null ? "always" : m.condition().name() + "=" + m.condition().withDefaults()))
            .toList())
        .containsExactly(
            List.of("/kept always", "/maybe Two=false"),
            List.of("/both GeneratedSLASHbothPathCondition=true", "/one One=true"));
  }

  @Test
  void preflightOptOutsLeaveEveryOptionsMethodOpen() throws IOException {
    assertThat(methods(restApi("""
        Cors: {AllowMethods: "'GET'"}
        Auth:
          ApiKeyRequired: true
          AddApiKeyRequiredToCorsPreflight: false
          DefaultAuthorizer: AWS_IAM
          AddDefaultAuthorizerToCorsPreflight: false
        """)))
        .containsExactly("GET /pets AWS_IAM ON", "POST /pets/ AWS_IAM ON", "OPTIONS /own NONE OFF", "OPTIONS /pets NONE OFF");
  }

  @Test
  void definitionPathsGetPreflightToo() throws IOException {
    assertThat(methods("""
        Globals:
          Api:
            Cors: "'*'"
        Resources:
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: live
              DefinitionBody:
                swagger: '2.0'
                paths:
                  /empty: {}
                  /cors:
                    options:
                      x-amazon-apigateway-integration: {type: mock}
                  /items:
                    get:
                      x-amazon-apigateway-integration: {type: aws_proxy}
        """))
        .containsExactly("OPTIONS /cors NONE OFF", "GET /items NONE OFF", "OPTIONS /empty NONE OFF", "OPTIONS /items NONE OFF");
  }

  @Test
  void preflightIsCoveredByThePerPathResourcePolicy() throws IOException {
    Workspace workspace = read("""
        Globals:
          Api:
            Cors: "'*'"
            Auth:
              ResourcePolicy:
                AwsAccountWhitelist: ['111111111111']
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Get:
                  Type: Api
                  Properties: {Method: get, Path: /pets}
        """);
    Api api = workspace.apis().get(0);
    assertThat(methods(api)).containsExactly("GET /pets NONE OFF", "OPTIONS /pets NONE OFF");
    assertThat(workspace.resourcePolicy(api).orElseThrow().policy().statements().stream()
            .flatMap(s -> s.resources().stream())
            .map(v -> Symbols.render(v.text())))
        .containsExactly("execute-api:/Prod/GET/pets", "execute-api:/Prod/OPTIONS/pets");
  }

  @Test
  void noPreflightWithoutCors() throws IOException {
    assertThat(methods(restApi("""
        Cors: ""
        """)))
        .containsExactly("GET /pets NONE OFF", "POST /pets/ NONE OFF", "OPTIONS /own NONE OFF");
  }

  /** SAM's messages for the template, each with the line it points at. */
  private List<String> refusals(String yaml) throws IOException {
    return read(yaml).samTransformErrors().stream().map(e -> e.message() + " (line " + e.location().line() + ")").toList();
  }

  @Test
  void samRefusesCorsOnADefinitionInS3() throws IOException {
    Workspace workspace = read(restApi("""
        Cors: "'*'"
        DefinitionUri: s3://bucket/api.yaml
        """));
    assertThat(workspace.apis().get(0).methods()).isEmpty();
    assertThat(workspace.samTransformErrors()).extracting(e -> e.message()).containsExactly(
        "Resource with id [MyApi] is invalid. Cors works only with inline Swagger specified in 'DefinitionBody' property.");
  }

  @Test
  void samRefusesUnknownKeysAndCredentialsForEveryOrigin() throws IOException {
    assertThat(refusals(restApi("""
        Cors: {AllowOrigin: "'*'", AllowOrigins: "'*'"}
        """))).containsExactly("Resource with id [MyApi] is invalid. Invalid key 'AllowOrigins' for 'Cors' property. (line 7)");
    String credentials = "Resource with id [MyApi] is invalid. Unable to add Cors configuration because 'AllowCredentials' can not be"
        + " true when 'AllowOrigin' is \"'*'\" or not set (line 7)";
    assertThat(refusals(restApi("""
        Cors: {AllowCredentials: true}
        """))).containsExactly(credentials);
    assertThat(refusals(restApi("""
        Cors: {AllowCredentials: true, AllowOrigin: "'*'"}
        """))).containsExactly(credentials);
    assertThat(refusals(restApi("""
        Cors: {AllowCredentials: "true"}
        """))).isEmpty();
    assertThat(refusals(restApi("""
        Cors: {AllowCredentials: true, AllowOrigin: "'https://example.com'"}
        """))).isEmpty();
  }

  @Test
  void samRefusesAnEmptyOriginOnlyWhereItWritesAPreflight() throws IOException {
    assertThat(refusals(restApi("""
        Cors: {AllowOrigin: ""}
        """))).containsExactly("Resource with id [MyApi] is invalid. Structure of the SAM template is invalid. Invalid input."
            + " Value for AllowedOrigins is required (line 7)");
    assertThat(refusals("""
        Resources:
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: live
              Cors: {AllowOrigin: ""}
              DefinitionBody:
                swagger: '2.0'
                paths:
                  /cors:
                    options:
                      x-amazon-apigateway-integration: {type: mock}
        """)).isEmpty();
  }

  @Test
  void anIntrinsicInGlobalsGivesWayToTheApisOwnCorsSettings() throws IOException {
    assertThat(refusals("""
        Globals:
          Api:
            Cors: !Join [",", [a, b]]
        """ + restApi("""
        Cors: {AllowCredentials: true}
        """))).containsExactly("Resource with id [MyApi] is invalid. Unable to add Cors configuration because 'AllowCredentials'"
            + " can not be true when 'AllowOrigin' is \"'*'\" or not set (line 10)");
  }

  @Test
  void samRefusesAnHttpApisCorsConfigurationOnADefinitionInS3OrWithARestSetting() throws IOException {
    assertThat(refusals("""
        Resources:
          InS3:
            Type: AWS::Serverless::HttpApi
            Properties:
              CorsConfiguration: true
              DefinitionUri: s3://bucket/api.yaml
          RestSetting:
            Type: AWS::Serverless::HttpApi
            Properties:
              CorsConfiguration: {AllowOrigin: ['https://example.com']}
          Fine:
            Type: AWS::Serverless::HttpApi
            Properties:
              CorsConfiguration: {AllowOrigins: ['https://example.com'], AllowCredentials: true}
        """)).containsExactly(
            "Resource with id [InS3] is invalid. Cors works only with inline OpenApi specified in 'DefinitionBody' property. (line 6)",
            "Resource with id [RestSetting] is invalid. Invalid key 'AllowOrigin' for 'Cors' property. (line 11)");
  }

  @Test
  void httpApiDefaultAuthorizerSkipsOptionsRoutesUnlessTheEventHasAuth() throws IOException {
    assertThat(methods("""
        Resources:
          MyApi:
            Type: AWS::Serverless::HttpApi
            Properties:
              CorsConfiguration: {AllowOrigins: ['*']}
              Auth: {EnableIamAuthorizer: true, DefaultAuthorizer: AWS_IAM}
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Any:
                  Type: HttpApi
                  Properties: {ApiId: !Ref MyApi, Method: ANY, Path: "/{proxy+}"}
                Preflight:
                  Type: HttpApi
                  Properties: {ApiId: !Ref MyApi, Method: OPTIONS, Path: "/{proxy+}"}
                PreflightWithAuth:
                  Type: HttpApi
                  Properties: {ApiId: !Ref MyApi, Method: OPTIONS, Path: /signed, Auth: {AuthorizationScopes: [a]}}
        """))
        .containsExactly("ANY /{proxy+} AWS_IAM OFF", "OPTIONS /{proxy+} NONE OFF", "OPTIONS /signed AWS_IAM OFF");
  }
}
