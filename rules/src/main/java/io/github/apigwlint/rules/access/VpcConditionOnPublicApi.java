package io.github.apigwlint.rules.access;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.policy.ConditionClause;
import io.github.apigwlint.policy.ConditionKeys;
import io.github.apigwlint.policy.Tri;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.source.Symbols;
import java.util.Optional;

/**
 * VPC keys in the policy of an edge-optimized or Regional API: only private APIs are reached
 * through a VPC endpoint, so aws:SourceVpc, aws:SourceVpce and aws:VpcSourceIp are never present.
 */
@RuleInfo(
    id = "vpc-condition-on-public-api",
    title = "VPC condition key in the resource policy of a non-private API",
    severity = Severity.ERROR,
    category = "access",
    tags = {"condition-keys", "vpc-endpoint"},
    since = "0.1.0")
public final class VpcConditionOnPublicApi implements Rule {

  @Override
  public void visitApi(Api api, RuleContext context) {
    Optional<PolicyDocument> policy = context.workspace().resourcePolicy(api);
    if (api.protocol() != ApiProtocol.REST || api.endpointType() == null || api.isPrivate() || policy.isEmpty()) {
      return;
    }
    for (ConditionClause clause : ConditionKeys.clauses(policy.get().policy(), "aws:SourceVpc", "aws:SourceVpce", "aws:VpcSourceIp")) {
      Tri absent = ConditionKeys.whenAbsent(clause, false);
      if (absent == Tri.UNKNOWN) {
        continue;
      }
      boolean alwaysTrue = absent == Tri.TRUE;
      context.report(
              Symbols.render(clause.key().text()) + " is only present for requests to PRIVATE APIs, and " + api.name()
                  + " is " + api.endpointType() + ": this " + clause.operatorName() + " condition is always "
                  + (alwaysTrue ? "true" : "false") + (alwaysTrue ? "" : ", so what it guards never applies"),
              clause.key().location(), Subject.clause(policy.get(), clause))
          .related(api.location(), "the " + api.endpointType() + " API")
          .fix("Either make the API PRIVATE (EndpointConfiguration: {Types: [PRIVATE]}) so it is reached through VPC"
              + " endpoints, or restrict by client address with aws:SourceIp.")
          .emit();
    }
  }
}
