package io.github.apigwlint.rules.privateapi;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.policy.ConditionClause;
import io.github.apigwlint.policy.ConditionKeys;
import io.github.apigwlint.policy.Tri;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import java.util.Optional;

/**
 * aws:SourceIp in a private API's policy: requests through a VPC endpoint carry no
 * aws:SourceIp, so positive operators never match and negated ones always do.
 */
@RuleInfo(
    id = "source-ip-on-private-api",
    title = "aws:SourceIp condition in a private API's resource policy",
    severity = Severity.ERROR,
    category = "private-api",
    tags = {"private-api", "condition-keys"},
    since = "0.1.0")
public final class SourceIpOnPrivateApi implements Rule {

  @Override
  public void visitApi(Api api, RuleContext context) {
    Optional<PolicyDocument> policy = context.workspace().resourcePolicy(api);
    if (!api.isPrivate() || policy.isEmpty()) {
      return;
    }
    for (ConditionClause clause : ConditionKeys.clauses(policy.get().policy(), "aws:SourceIp")) {
      Tri absent = ConditionKeys.whenAbsent(clause, false);
      if (absent == Tri.UNKNOWN) {
        continue;
      }
      context.report(
              "aws:SourceIp is never in the request context of a PRIVATE API (" + api.name()
                  + "): requests arrive through a VPC endpoint, so this " + clause.operatorName()
                  + (absent == Tri.TRUE ? " condition is always true" : " condition is always false"),
              clause.key().location(), Subject.clause(policy.get(), clause))
          .related(api.location(), "the private API")
          .fix("Use aws:VpcSourceIp, which holds the client's address inside the VPC: \"" + clause.operatorName()
              + "\": {\"aws:VpcSourceIp\": [...]}")
          .emit();
    }
  }
}
