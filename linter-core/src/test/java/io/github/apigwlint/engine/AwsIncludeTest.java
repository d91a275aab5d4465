package io.github.apigwlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.source.Symbols;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Class 1 of issue 10: what the workspace holds for an API whose definition comes through {@code AWS::Include}. */
class AwsIncludeTest {

  @TempDir Path temp;

  private static final String SPEC = """
      openapi: 3.0.1
      info: {title: orders, version: "1"}
      x-amazon-apigateway-policy:
        Version: "2012-10-17"
        Statement:
          - {Effect: Allow, Principal: "*", Action: execute-api:Invoke, Resource: execute-api:/*}
      paths:
        /orders:
          get:
            x-amazon-apigateway-auth: {type: AWS_IAM}
      """;

  private static String template(String location) {
    return """
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties:
              EndpointConfiguration: {Types: [REGIONAL]}
              Body:
                openapi: 3.0.1
                paths:
                  /never-created:
                    options: {}
                Fn::Transform:
                  Name: AWS::Include
                  Parameters:
                    Location: %s
        """.formatted(location);
  }

  private Workspace read(Path root) {
    return Linter.workspace(new LintRequest(List.of(root), Config.defaults(), temp));
  }

  private void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void aLocalIncludeIsReadRelativeToTheTemplateWithItsOwnLocations() throws IOException {
    Path project = temp.resolve("project");
    write(project.resolve("infra/template.yaml"), template("../specs/orders.yaml"));
    write(project.resolve("specs/orders.yaml"), SPEC);

    Workspace workspace = read(project);

    assertThat(workspace.apis()).as("the included file is part of the template, not an API of its own")
        .extracting(Api::name).containsExactly("REST API Api");
    Api api = workspace.apis().get(0);
    assertThat(api.methods()).extracting(Method::display).containsExactly("GET /orders");
    assertThat(api.methods().get(0).location().toString()).isEqualTo("project/specs/orders.yaml:9:5");
    assertThat(workspace.resourcePolicy(api).orElseThrow().source().location().file()).isEqualTo("project/specs/orders.yaml");
  }

  @Test
  void anIncludeElsewhereInTheTemplateIsReadToo() throws IOException {
    Path project = temp.resolve("project");
    write(project.resolve("template.yaml"), """
        Resources:
          Fn::Transform:
            - Name: AWS::Include
              Parameters: {Location: apis.yaml}
        """);
    write(project.resolve("apis.yaml"), """
        Api:
          Type: AWS::ApiGateway::RestApi
          Properties:
            EndpointConfiguration: {Types: [PRIVATE]}
            Policy:
              Fn::Transform:
                Name: AWS::Include
                Parameters: {Location: policy.yaml}
        """);
    write(project.resolve("policy.yaml"), """
        Version: "2012-10-17"
        Statement: [{Effect: Allow, Principal: "*", Action: execute-api:Invoke, Resource: execute-api:/*}]
        """);

    Workspace workspace = read(project);

    Api api = workspace.apis().get(0);
    assertThat(api.location().toString()).isEqualTo("project/apis.yaml:1:1");
    assertThat(Symbols.hasOpaque(workspace.resourcePolicy(api).orElseThrow().source().toString()))
        .as("a snippet that includes again fails to deploy: its include is not followed, the policy is unknown")
        .isTrue();
  }

  /** Class H: the Transform section's include inserts its snippet at the top level, beside the sections written. */
  @Test
  void aTransformSectionIncludeInsertsItsSnippetAtTheTopLevel() throws IOException {
    Path project = temp.resolve("project");
    write(project.resolve("template.yaml"), """
        Transform:
          - Name: AWS::Include
            Parameters: {Location: snippets/api.yaml}
        Conditions:
          Private: !Equals [a, a]
        """);
    write(project.resolve("snippets/api.yaml"), """
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties:
              EndpointConfiguration: {Types: [!If [Private, PRIVATE, REGIONAL]]}
        """);

    assertPrivateApiFromTheSnippet(read(project), "project/snippets/api.yaml:2:3");
  }

  /** The one API, private only when the snippet is read as part of the template that decides its type. */
  private static void assertPrivateApiFromTheSnippet(Workspace workspace, String location) {
    assertThat(workspace.apis()).singleElement().satisfies(api -> {
      assertThat(api.isPrivate()).isTrue();
      assertThat(api.location().toString()).isEqualTo(location);
    });
  }

  /** Class H: {@code Fn::Transform} written as a key of the template itself. */
  @Test
  void anFnTransformAtTheTemplateRootInsertsItsSnippet() throws IOException {
    Path project = temp.resolve("project");
    write(project.resolve("template.json"), """
        {"AWSTemplateFormatVersion": "2010-09-09",
         "Parameters": {"Endpoint": {"Type": "String", "Default": "PRIVATE"}},
         "Fn::Transform": {"Name": "AWS::Include", "Parameters": {"Location": "resources.json"}}}
        """);
    write(project.resolve("resources.json"), """
        {"Resources": {"Api": {"Type": "AWS::ApiGateway::RestApi", "Properties": {"EndpointConfiguration": {"Types": [{"Ref": "Endpoint"}]}}}}}
        """);

    assertPrivateApiFromTheSnippet(read(project), "project/resources.json:1:16");
  }

  @Test
  void anS3IncludeLeavesTheMethodsAndThePolicyUnknown() throws IOException {
    Path project = temp.resolve("project");
    write(project.resolve("template.yaml"), template("s3://specs-bucket/orders.yaml"));

    Workspace workspace = read(project);
    Api api = workspace.apis().get(0);

    assertThat(api.methods()).as("not the placeholder path written beside the transform").isEmpty();
    assertThat(api.invocableMethods()).singleElement().satisfies(method -> assertThat(method.isUndeclared()).isTrue());
    assertThat(Symbols.hasOpaque(workspace.resourcePolicy(api).orElseThrow().source().toString())).isTrue();
  }

  @Test
  void anIncludeThatLeavesTheCheckedFolderIsNotRead() throws IOException {
    Path project = temp.resolve("project");
    write(project.resolve("template.yaml"), template("../outside/orders.yaml"));
    write(temp.resolve("outside/orders.yaml"), SPEC);

    Api api = read(project).apis().get(0);

    assertThat(api.methods()).isEmpty();
    assertThat(api.invocableMethods().get(0).isUndeclared()).isTrue();
  }
}
