package io.github.apigwlint.rules.deploy;

import io.github.apigwlint.model.Deployment;
import io.github.apigwlint.model.Deployment.PolicyFollowing;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;

/**
 * A REST API's resource policy takes effect only with a new deployment. Reported where the
 * infrastructure code makes that redeployment not happen: a SAM API's {@code Policy} property, which
 * SAM's deployment hash ignores, and a Terraform deployment that neither triggers on nor
 * depends on the {@code aws_api_gateway_rest_api_policy} of its API.
 */
@RuleInfo(
    id = "policy-change-not-redeployed",
    title = "Resource policy changes are not redeployed",
    severity = Severity.WARNING,
    severityVaries = "note for the SAM case",
    category = "deployment",
    tags = {"deployment", "resource-policy", "sam", "terraform"},
    since = "0.2.0")
public final class PolicyChangeNotRedeployed implements Rule {

  @Override
  public void visitWorkspace(Workspace workspace, RuleContext context) {
    for (Deployment deployment : workspace.deployments()) {
      if (deployment.followsPolicy() == PolicyFollowing.OUTSIDE_SAM_DEPLOYMENT_HASH) {
        context.report(
                "the Policy property of the SAM API " + deployment.api().name() + " is not part of the hash that names its"
                    + " Deployment: a change to Policy alone creates no new Deployment, and the old policy stays in force",
                deployment.policyLocation(), Subject.deployment(deployment))
            .related(deployment.api().location(), "the API")
            .severity(Severity.NOTE)
            .fix("Put the policy in Auth.ResourcePolicy (CustomStatements) or in the DefinitionBody's"
                + " x-amazon-apigateway-policy, which the deployment hash covers; or change the stage's Description"
                + " (or DefinitionBody) together with every Policy edit.")
            .emit();
      } else if (deployment.followsPolicy() == PolicyFollowing.UNRELATED) {
        context.report(
                deployment.name() + " neither lists " + deployment.policy() + " in its triggers nor depends on it: a change"
                    + " to the policy is not redeployed, and the first deployment may run before the policy is attached",
                deployment.location(), Subject.deployment(deployment))
            .related(deployment.api().location(), "the API")
            .fix("Add the policy to the deployment's triggers, for example triggers = { redeployment ="
                + " sha1(jsonencode([aws_api_gateway_rest_api_policy.<name>.policy])) }, and depends_on ="
                + " [aws_api_gateway_rest_api_policy.<name>], with lifecycle { create_before_destroy = true }.")
            .emit();
      }
    }
  }
}
