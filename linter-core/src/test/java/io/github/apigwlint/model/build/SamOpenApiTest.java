package io.github.apigwlint.model.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.model.CreationCondition;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.source.LoadOutcome;
import io.github.apigwlint.source.SourceLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SAM template and the OpenAPI SAM writes for it read alike: authorization and routes of the definition. */
class SamOpenApiTest {

  @TempDir Path folder;

  private Workspace read(String yaml) throws IOException {
    Path file = folder.resolve("template.yaml");
    Files.writeString(file, yaml);
    LoadOutcome outcome = new SourceLoader().load(file, "template.yaml");
    WorkspaceBuilder builder = new WorkspaceBuilder(Config.defaults());
    builder.add(((LoadOutcome.Loaded) outcome).file());
    return builder.workspace();
  }

  private List<String> methods(String yaml) throws IOException {
    return read(yaml).apis().stream()
        .flatMap(api -> api.invocableMethods().stream())
        .map(m -> m.display() + " " + m.authorization())
        .toList();
  }

  /** Each API and method with the condition it is created under, as the access report describes it. */
  private List<String> conditions(String yaml) throws IOException {
    return read(yaml).apis().stream()
        .flatMap(api -> Stream.concat(Stream.of(api.name() + described(api.condition())),
            api.invocableMethods().stream().map(m -> m.display() + described(m.condition()))))
        .toList();
  }

  private static String described(CreationCondition condition) {
    return condition == null ? "" : ", " + condition.describe();
  }

  /** A SAM template whose function {@code Fn} has the events that {@code eventsAndResources} begins with. */
  private List<String> samMethods(String eventsAndResources) throws IOException {
    return methods(FUNCTION + eventsAndResources);
  }

  private static final String FUNCTION = """
      Transform: AWS::Serverless-2016-10-31
      Resources:
        Fn:
          Type: AWS::Serverless::Function
          Properties:
            Events:
      """;

  /** A template whose REST API {@code Api} has the paths that the text after it begins with. */
  private static final String REST_API = """
      Resources:
        Api:
          Type: AWS::ApiGateway::RestApi
          Properties:
            Body:
              swagger: '2.0'
              paths:
      """;

  /** The HTTP API {@code Http} of a SAM template, with the paths that the text after it begins with. */
  private static final String HTTP_API = """
        Http:
          Type: AWS::Serverless::HttpApi
          Properties:
            DefinitionBody:
              openapi: 3.0.1
              paths:
      """;

  @Test
  void samsNoneRequirementWithoutSchemeIsNoAuthorization() throws IOException {
    assertThat(methods(REST_API + """
                  /open:
                    get:
                      security: [{NONE: []}]
                  /other:
                    get:
                      security: [{Undefined: []}]
        """)).containsExactly("GET /open NONE", "GET /other UNKNOWN");
  }

  @Test
  void catchAllAtDefaultIsTheDefaultRouteOfAnHttpApiOnly() throws IOException {
    assertThat(methods("""
        Resources:
          Http:
            Type: AWS::ApiGatewayV2::Api
            Properties:
              Body:
                openapi: 3.0.1
                paths:
                  /$default:
                    x-amazon-apigateway-any-method: {}
                  $default:
                    x-amazon-apigateway-any-method: {isDefaultRoute: true}
                  /pets:
                    x-amazon-apigateway-any-method: {}
          Rest:
            Type: AWS::ApiGateway::RestApi
            Properties:
              Body:
                swagger: '2.0'
                paths:
                  /$default:
                    x-amazon-apigateway-any-method: {isDefaultRoute: true}
        """)).containsExactly("$default NONE", "$default NONE", "ANY /pets NONE", "ANY /$default NONE");
  }

  @Test
  void samEventAtDefaultIsTheDefinitionsDefaultRoute() throws IOException {
    assertThat(samMethods("""
                Catch:
                  Type: HttpApi
                  Properties: {ApiId: !Ref Http, Path: /$default, Method: ANY}
                Implicit:
                  Type: HttpApi
        """ + HTTP_API + """
                  /$default:
                    x-amazon-apigateway-any-method: {isDefaultRoute: true}
        """)).containsExactly("$default NONE", "$default NONE");
  }

  @Test
  void httpApisOwnAuthorizerNamedAwsIamIsThatAuthorizer() throws IOException {
    assertThat(samMethods("""
                Get:
                  Type: HttpApi
                  Properties: {ApiId: !Ref Http, Path: /hello, Method: get, Auth: {Authorizer: AWS_IAM}}
          Http:
            Type: AWS::Serverless::HttpApi
            Properties:
              Auth:
                EnableIamAuthorizer: true
                DefaultAuthorizer: AWS_IAM
                Authorizers:
                  AWS_IAM:
                    JwtConfiguration: {issuer: https://issuer.example.com, audience: [api]}
        """)).containsExactly("GET /hello JWT");
  }

  @Test
  void defaultAuthorizerReachesTheOperationsSamIntegrates() throws IOException {
    assertThat(samMethods("""
                Root:
                  Type: HttpApi
                  Properties: {ApiId: !Ref Http, Path: /, Method: get}
          Http:
            Type: AWS::Serverless::HttpApi
            Properties:
              Auth:
                DefaultAuthorizer: OAuth2
                Authorizers:
                  OAuth2:
                    JwtConfiguration: {issuer: https://issuer.example.com, audience: [api]}
              DefinitionBody:
                openapi: 3.0.1
                paths:
                  /:
                    get: {responses: {}}
                  /unrouted:
                    get: {responses: {}}
        """)).containsExactly("GET / JWT", "GET /unrouted NONE");
  }

  @Test
  void contentsWrittenUnderAConditionAreMethodsCreatedUnderIt() throws IOException {
    assertThat(conditions(REST_API + """
                  /prod:
                    Fn::If:
                    - IsProd
                    - get: {}
                      post:
                        Fn::If: [Always, {}, !Ref AWS::NoValue]
                    - !Ref AWS::NoValue
                  /either:
                    Fn::If: [IsProd, {get: {}}, {put: {}}]
                  /plain:
                    get: {}
        Parameters:
          Env: {Type: String, Default: dev}
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
          Always: !Equals [a, a]
        """)).containsExactly(
            "REST API Api",
            "GET /prod, only when condition IsProd is true (false with the parameter defaults)",
            "POST /prod, only when condition Always is true (false with the parameter defaults)",
            "PUT /either",
            "GET /plain");
  }

  @Test
  void routesOfConditionalFunctionsAreCreatedUnderTheirConditions() throws IOException {
    assertThat(conditions("""
        Transform: AWS::Serverless-2016-10-31
        Conditions:
          On: !Equals [a, a]
          Off: !Equals [a, b]
        Resources:
          First:
            Type: AWS::Serverless::Function
            Condition: On
            Properties:
              Events:
                Get:
                  Type: HttpApi
                  Properties: {Path: /first, Method: get}
                Existing:
                  Type: HttpApi
                  Properties: {ApiId: !Ref Http, Path: /existing, Method: get}
          Second:
            Type: AWS::Serverless::Function
            Condition: Off
            Properties:
              Events:
                Get:
                  Type: HttpApi
                  Properties: {Path: /second, Method: get}
        """ + HTTP_API + """
                  /existing:
                    get: {responses: {}}
        """)).containsExactly(
            "HTTP API Http",
            "GET /existing, only when condition On is true (true with the parameter defaults)",
            "HTTP API ServerlessHttpApi, only when condition ServerlessHttpApiCondition is true (true with the parameter defaults)",
            "GET /first, only when condition On is true (true with the parameter defaults)",
            "GET /second, only when condition Off is true (false with the parameter defaults)");
  }
}
