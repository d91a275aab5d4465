package io.github.apigwlint.rules.openapi;

import io.github.apigwlint.model.ApiDefinition;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import java.util.List;

/**
 * {@code x-amazon-apigateway-endpoint-configuration} at the top level of an OpenAPI 3 definition:
 * Swagger 2 puts it there, OpenAPI 3 on each {@code servers[]} object, and what an import does with
 * it in the wrong place is not documented. The model builder notes it
 * while reading the definition (a template body, a Terraform body, a standalone file).
 */
@RuleInfo(
    id = "misplaced-endpoint-configuration",
    title = "x-amazon-apigateway-endpoint-configuration at the top level of an OpenAPI 3 definition",
    severity = Severity.WARNING,
    category = "openapi",
    tags = {"openapi", "private-api", "vpc-endpoint"},
    since = "0.1.0")
public final class MisplacedEndpointConfiguration implements Rule {

  @Override
  public void visitWorkspace(Workspace workspace, RuleContext context) {
    for (ApiDefinition definition : workspace.definitions()) {
      if (!definition.isOpenApi3() || definition.topLevelEndpointConfiguration() == null) {
        continue;
      }
      List<String> settings = definition.topLevelEndpointSettings();
      context.report(
              "x-amazon-apigateway-endpoint-configuration is at the top level of the OpenAPI " + definition.version().trim()
                  + " definition of " + definition.api().name()
                  + (settings.isEmpty() ? "" : " (" + String.join(", ", settings) + ")")
                  + ": in OpenAPI 3 API Gateway reads it from each servers[] entry (the top level is where"
                  + " Swagger 2 has it), and AWS does not document what an import does with it here: its settings may be"
                  + " ignored",
              definition.topLevelEndpointConfiguration(),
              Subject.api(definition.api()).property("x-amazon-apigateway-endpoint-configuration"))
          .fix("Move it into the server object: servers: [{url: \"https://{api-host}/{basePath}\","
              + " x-amazon-apigateway-endpoint-configuration: {vpcEndpointIds: [...]}}]; or set the same values"
              + " outside the definition (EndpointConfiguration.VpcEndpointIds, DisableExecuteApiEndpoint).")
          .emit();
    }
  }
}
