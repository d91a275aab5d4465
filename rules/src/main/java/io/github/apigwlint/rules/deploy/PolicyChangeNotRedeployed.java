package io.github.apigwlint.rules.deploy;

import io.github.apigwlint.model.Deployment;
import io.github.apigwlint.model.Deployment.PolicyFollowing;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import java.util.Optional;

/**
 * A REST API's resource policy takes effect only with a new deployment. Reported where the
 * infrastructure code makes that redeployment not happen: a SAM API's {@code Policy} property, which
 * SAM's deployment hash ignores, and a Terraform deployment whose {@code triggers} do not name the
 * {@code aws_api_gateway_rest_api_policy} of its API ({@code depends_on} orders, never replaces).
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
      } else {
        terraformCase(deployment).ifPresent(problem -> context.report(
                problem + ": a change to the policy does not replace the deployment, so the stage keeps serving the"
                    + " policy of the last deployment" + (ordered(deployment) ? "" : ", and the first deployment may be created"
                    + " before the policy is attached"),
                deployment.location(), Subject.deployment(deployment))
            .related(deployment.policyLocation(), "the policy")
            .fix("Name the policy in the deployment's triggers, for example triggers = { redeployment ="
                + " sha1(jsonencode([aws_api_gateway_rest_api_policy.<name>.policy])) }, which also orders the deployment after"
                + " the policy, and keep lifecycle { create_before_destroy = true } so that the stage moves to the new"
                + " deployment before the old one is deleted.")
            .emit());
      }
    }
  }

  /** What the Terraform deployment lacks, or empty where it follows the policy or that is unknown. */
  private static Optional<String> terraformCase(Deployment deployment) {
    String name = deployment.name();
    String policy = deployment.policy();
    return Optional.ofNullable(switch (deployment.followsPolicy()) {
      case UNRELATED -> name + " has no triggers and does not depend on " + policy;
      case ORDERED_AFTER_POLICY -> name + " has no triggers and names " + policy + " only in depends_on, which orders the"
          + " deployment after the policy but never replaces it";
      case TRIGGERS_OMIT_POLICY -> "the triggers of " + name + " leave out " + policy;
      case TRIGGERS_OMIT_POLICY_ORDERED_AFTER_IT -> "the triggers of " + name + " leave out " + policy
          + ", named only in its depends_on, which orders the deployment after the policy but never replaces it";
      default -> null;
    });
  }

  private static boolean ordered(Deployment deployment) {
    return deployment.followsPolicy() == PolicyFollowing.ORDERED_AFTER_POLICY
        || deployment.followsPolicy() == PolicyFollowing.TRIGGERS_OMIT_POLICY_ORDERED_AFTER_IT;
  }
}
