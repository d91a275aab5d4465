package io.github.apigwlint.rules.access;

import io.github.apigwlint.access.summary.AccessCell;
import io.github.apigwlint.access.summary.CallerClass;
import io.github.apigwlint.analysis.Reach;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import java.util.List;
import java.util.Optional;

/**
 * An AWS_IAM method whose resource policy lets a role of any AWS account in: the caller's own
 * identity policy is then the only gate, and every account controls its own.
 */
@RuleInfo(
    id = "any-aws-account-can-invoke",
    title = "Any AWS account can invoke an IAM-authorized method",
    severity = Severity.WARNING,
    category = "access",
    security = true,
    tags = {"iam", "cross-account"},
    since = "0.1.0")
public final class AnyAwsAccountCanInvoke implements Rule {

  @Override
  public void visitApi(Api api, RuleContext context) {
    Optional<PolicyDocument> policy = context.workspace().resourcePolicy(api);
    if (api.protocol() != ApiProtocol.REST || policy.isEmpty()) {
      return;
    }
    Reach open = context.access(api).reach(m -> m.authorization() == AuthorizationType.AWS_IAM, AnyAwsAccountCanInvoke::stranger);
    if (open.isEmpty()) {
      return;
    }
    AccessCell cell = open.first().cell();
    RuleContext.Report report = context.report(
        "the resource policy of " + api.name() + " lets a role of any AWS account invoke " + Method.display(open.methods())
            + open.inStages()
            + ": with AWS_IAM authorization the caller's own identity policy is then the only check, and every account writes its own",
        cell.deciding().isEmpty() ? policy.get().source().location() : cell.deciding().get(0).node().location(),
        Subject.api(api));
    report.related(open.methods().get(0).location(), "an AWS_IAM method")
        .fix("Name the accounts or roles in Principal ({\"AWS\": [\"arn:aws:iam::111111111111:role/caller\"]}), or keep"
            + " Principal \"*\" and add a condition: {\"StringEquals\": {\"aws:PrincipalOrgID\": \"o-xxxxxxxxxx\"}} or"
            + " {\"StringEquals\": {\"aws:PrincipalAccount\": [\"111111111111\"]}}.")
        .emit();
  }

  /** A stranger account's call, from anywhere a stranger can call from, that gets in. */
  private static boolean stranger(AccessCell cell) {
    return cell.caller().kind() == CallerClass.Kind.ANY_AWS_ACCOUNT && cell.origin().vpce() == null
        && cell.access().allowedWhenGateAllows();
  }
}
