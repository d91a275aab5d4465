package io.github.apigwlint.rules.access;

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

/**
 * One problem, written in CloudFormation, SAM and Terraform: a method without authorization whose
 * resource policy grants only a named account. The fix names the setting as each user writes it.
 */
class FixSyntaxTest {

  private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
      + "\"Principal\":{\"AWS\":\"arn:aws:iam::222222222222:root\"},\"Action\":\"execute-api:Invoke\",\"Resource\":\"execute-api:/*\"}]}";

  @TempDir Path folder;

  @Test
  void cloudFormationUsersAreToldAuthorizationType() throws IOException {
    assertThat(fix("api.yaml", """
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties:
              EndpointConfiguration: {Types: [REGIONAL]}
              Policy: '%s'
          Get:
            Type: AWS::ApiGateway::Method
            Properties:
              RestApiId: !Ref Api
              ResourceId: !GetAtt Api.RootResourceId
              HttpMethod: GET
              AuthorizationType: NONE
        """.formatted(POLICY))).startsWith("Either set the method's AuthorizationType to AWS_IAM");
  }

  @Test
  void terraformUsersAreToldAuthorization() throws IOException {
    assertThat(fix("main.tf", """
        resource "aws_api_gateway_rest_api" "api" {
          name   = "api"
          policy = <<EOF
        %s
        EOF
          endpoint_configuration {
            types = ["REGIONAL"]
          }
        }
        resource "aws_api_gateway_method" "get" {
          rest_api_id   = aws_api_gateway_rest_api.api.id
          resource_id   = aws_api_gateway_rest_api.api.root_resource_id
          http_method   = "GET"
          authorization = "NONE"
        }
        """.formatted(POLICY))).startsWith("Either set the method's authorization to AWS_IAM");
  }

  private String fix(String name, String content) throws IOException {
    Files.writeString(folder.resolve(name), content);
    List<Finding> findings = new Linter(RuleRegistry.load())
        .run(new LintRequest(List.of(folder), Config.defaults(), folder))
        .findings().stream()
        .filter(f -> f.ruleId().equals("principal-grant-on-unauthenticated-method"))
        .toList();
    assertThat(findings).hasSize(1);
    return findings.get(0).fix();
  }
}
