package io.github.apigwlint.rules.policy;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.model.PolicyKind;
import io.github.apigwlint.policy.ExpansionContext;
import io.github.apigwlint.policy.MinifiedJson;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.source.Symbols;

/**
 * A REST resource policy over API Gateway's 8192-character quota. Whether AWS counts
 * the text as submitted or after expanding {@code execute-api:/} is not documented, so the expanded
 * minified length gives a warning (the quota is adjustable) and only a policy over the quota even as
 * submitted is an error.
 */
@RuleInfo(
    id = "policy-too-large",
    title = "Resource policy exceeds API Gateway's 8192-character quota",
    severity = Severity.WARNING,
    severityVaries = "error when even the policy as written, minified, is over the quota",
    category = "policy",
    tags = {"policy", "quota"},
    since = "0.1.0")
public final class PolicyTooLarge implements Rule {

  static final int QUOTA = 8192;

  @Override
  public void visitPolicy(PolicyDocument policy, RuleContext context) {
    if (policy.kind() != PolicyKind.API_RESOURCE_POLICY || policy.api() == null) {
      return;
    }
    long expanded = MinifiedJson.length(policy.source(), typical(policy.api()));
    if (expanded <= QUOTA) {
      return;
    }
    long submitted = MinifiedJson.length(policy.source(), null);
    context.report(
            "the resource policy of " + policy.api().name() + " is " + expanded + " characters as minified JSON with"
                + " execute-api:/ expanded (" + submitted + " as written), over API Gateway's quota of " + QUOTA,
            policy.source().location(), Subject.policy(policy))
        .severity(submitted > QUOTA ? Severity.ERROR : Severity.WARNING)
        .fix("Merge statements that differ only in Resource or Principal into one with a list, use wildcards"
            + " (execute-api:/prod/GET/*), or ask AWS to raise the quota.")
        .emit();
  }

  /** The API's ARN parts, with typical lengths where the template leaves them symbolic. */
  private static ExpansionContext typical(Api api) {
    return new ExpansionContext(literal(api.partition(), "aws"), literal(api.region(), "us-east-1"),
        literal(api.account(), "123456789012"), literal(api.apiId(), "a1b2c3d4e5"));
  }

  private static String literal(String value, String typical) {
    return Symbols.isSymbolic(value) ? typical : value;
  }
}
