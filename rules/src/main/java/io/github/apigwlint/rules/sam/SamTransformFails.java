package io.github.apigwlint.rules.sam;

import io.github.apigwlint.model.SamTransformError;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;

/**
 * A setting that SAM's transform refuses: the transform fails with SAM's message and CloudFormation
 * neither creates nor updates the stack. Today: two events for one route of a definition SAM
 * generates, an item of {@code SourceVpcWhitelist} or {@code SourceVpcBlacklist} that is not text
 * once SAM has put in the values of parameters, and a {@code Cors} SAM cannot write.
 */
@RuleInfo(
    id = "sam-transform-fails",
    title = "SAM transform refuses a setting of the template",
    severity = Severity.ERROR,
    category = "sam",
    tags = {"sam", "resource-policy"},
    since = "0.2.0")
public final class SamTransformFails implements Rule {

  @Override
  public void visitWorkspace(Workspace workspace, RuleContext context) {
    workspace.samTransformErrors().forEach(error -> report(error, context));
  }

  private static void report(SamTransformError error, RuleContext context) {
    context
        .report(
            "the SAM transform fails on " + error.setting() + " of " + error.api().name() + " (" + error.cause()
                + "): \"" + error.message() + "\"; CloudFormation neither creates nor updates the stack",
            error.location(),
            Subject.api(error.api()).property("SAM transform"))
        .fix("Write in " + error.setting() + " what SAM accepts there: " + error.accepted() + ".")
        .emit();
  }
}
