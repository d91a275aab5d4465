package io.github.apigwlint.model.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.source.LoadOutcome;
import io.github.apigwlint.source.SourceLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SAM template and the OpenAPI SAM writes for it read alike: authorization and routes of the definition. */
class SamOpenApiTest {

  @TempDir Path folder;

  private List<String> methods(String yaml) throws IOException {
    Path file = folder.resolve("template.yaml");
    Files.writeString(file, yaml);
    LoadOutcome outcome = new SourceLoader().load(file, "template.yaml");
    WorkspaceBuilder builder = new WorkspaceBuilder(Config.defaults());
    builder.add(((LoadOutcome.Loaded) outcome).file());
    Workspace workspace = builder.workspace();
    return workspace.apis().stream()
        .flatMap(api -> api.invocableMethods().stream())
        .map(m -> m.display() + " " + m.authorization())
        .toList();
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

  @Test
  void samsNoneRequirementWithoutSchemeIsNoAuthorization() throws IOException {
    assertThat(methods("""
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties:
              Body:
                swagger: '2.0'
                paths:
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
          Http:
            Type: AWS::Serverless::HttpApi
            Properties:
              DefinitionBody:
                openapi: 3.0.1
                paths:
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
  void defaultAuthorizerStandsOnlyForMethodsOfADefinitionNotRead() throws IOException {
    assertThat(methods("""
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Empty:
            Type: AWS::Serverless::HttpApi
            Properties:
              Auth:
                EnableIamAuthorizer: true
                DefaultAuthorizer: AWS_IAM
          Elsewhere:
            Type: AWS::Serverless::HttpApi
            Properties:
              DefinitionUri: s3://bucket/api.yaml
              Auth:
                EnableIamAuthorizer: true
                DefaultAuthorizer: AWS_IAM
        """)).containsExactly("every method (none declared) UNKNOWN", "every method (none declared) AWS_IAM");
  }
}
