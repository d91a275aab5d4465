package io.github.apigwlint.rules.privateapi;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;

/** A private REST API cannot be deployed, and cannot be called, without a resource policy. */
@RuleInfo(
    id = "private-api-without-policy",
    title = "Private REST API has no resource policy",
    severity = Severity.ERROR,
    category = "private-api",
    security = true,
    tags = {"private-api", "deployment"},
    since = "0.1.0")
public final class PrivateApiWithoutPolicy implements Rule {

  static final String FIX =
      """
      Attach a resource policy that allows your VPC endpoints, for example:
      {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*"},
        {"Effect": "Deny", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*",
         "Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-0123456789abcdef0"}}}]}""";

  @Override
  public void visitApi(Api api, RuleContext context) {
    if (api.protocol() != ApiProtocol.REST || !api.isPrivate()) {
      return;
    }
    if (context.workspace().resourcePolicy(api).isPresent()) {
      return;
    }
    context
        .report(
            api.name()
                + " is PRIVATE but has no resource policy: API Gateway can't deploy a private API without one,"
                + " so its deployment fails",
            api.location(),
            Subject.api(api))
        .fix(FIX)
        .emit();
  }
}
