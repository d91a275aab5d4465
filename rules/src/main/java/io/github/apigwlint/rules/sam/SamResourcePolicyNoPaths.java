package io.github.apigwlint.rules.sam;

import io.github.apigwlint.model.SamPolicySettings;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;

/**
 * SAM writes the statements of {@code Auth.ResourcePolicy} once per path of the API; an API with no
 * paths at transform time gets only its {@code CustomStatements}. A private API then has no resource
 * policy, and API Gateway can't deploy a private API without one.
 */
@RuleInfo(
    id = "sam-resource-policy-no-paths",
    title = "SAM Auth.ResourcePolicy on an API without paths generates no statements",
    severity = Severity.WARNING,
    severityVaries = "error when the API is PRIVATE and ends up without a policy",
    category = "sam",
    tags = {"sam", "resource-policy"},
    since = "0.1.0")
public final class SamResourcePolicyNoPaths implements Rule {

  @Override
  public void visitWorkspace(Workspace workspace, RuleContext context) {
    for (SamPolicySettings settings : workspace.samPolicySettings()) {
      if (!settings.perPathLists() || settings.paths() > 0) {
        continue;
      }
      boolean privateWithoutPolicy = settings.api().isPrivate() && workspace.resourcePolicy(settings.api()).isEmpty();
      context
          .report(
              "Auth.ResourcePolicy of " + settings.api().name() + " generates statements only for the paths of the API,"
                  + " and the API has none (no DefinitionBody paths, and no function Api events that SAM writes into the"
                  + " definition: it writes them only into one it generates, or with MergeDefinitions: true)"
                  + (privateWithoutPolicy
                      ? ": SAM writes no resource policy for the PRIVATE API, and API Gateway can't deploy a private API"
                          + " without one, so its deployment fails"
                      : ": these settings have no effect"),
              settings.location(),
              Subject.api(settings.api()).property("Auth.ResourcePolicy"))
          .severity(privateWithoutPolicy ? Severity.ERROR : Severity.WARNING)
          .fix("Declare the API's paths in DefinitionBody or through function events with RestApiId (with"
              + " MergeDefinitions: true when DefinitionBody is given), or write the"
              + " policy in Auth.ResourcePolicy.CustomStatements (or Policy) with Resource execute-api:/*.")
          .emit();
    }
  }
}
