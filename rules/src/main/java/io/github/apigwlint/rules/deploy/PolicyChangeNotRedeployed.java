package io.github.apigwlint.rules.deploy;

import io.github.apigwlint.model.ModelNote;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;

/**
 * A REST API's resource policy takes effect only with a new deployment (reference §2.6). Reported
 * where the infrastructure code makes that redeployment not happen: a SAM API's {@code Policy}
 * property, which SAM's deployment hash ignores (TV-56), and a Terraform deployment that neither
 * triggers on nor depends on the {@code aws_api_gateway_rest_api_policy} of its API (TV-57).
 */
@RuleInfo(
    id = "policy-change-not-redeployed",
    title = "Resource policy changes are not redeployed",
    severity = Severity.WARNING,
    category = "deployment",
    tags = {"deployment", "resource-policy", "sam", "terraform"},
    since = "0.2.0")
public final class PolicyChangeNotRedeployed implements Rule {

  @Override
  public void visitWorkspace(Workspace workspace, RuleContext context) {
    for (ModelNote note : workspace.notes("policy-change-not-redeployed")) {
      boolean sam = note.detail().startsWith("the Policy property of the SAM API");
      RuleContext.Report report = context.report(note.detail(), note.location(), Subject.note(note.element(), note.kind()));
      if (note.api() != null) {
        report.related(note.api().location(), "the API");
      }
      report
          .severity(sam ? Severity.NOTE : Severity.WARNING)
          .fix(sam
              ? "Put the policy in Auth.ResourcePolicy (CustomStatements) or in the DefinitionBody's"
                  + " x-amazon-apigateway-policy, which the deployment hash covers; or change the stage's Description"
                  + " (or DefinitionBody) together with every Policy edit."
              : "Add the policy to the deployment's triggers, for example triggers = { redeployment ="
                  + " sha1(jsonencode([aws_api_gateway_rest_api_policy.<name>.policy])) }, and depends_on ="
                  + " [aws_api_gateway_rest_api_policy.<name>], with lifecycle { create_before_destroy = true }.")
          .emit();
    }
  }
}
