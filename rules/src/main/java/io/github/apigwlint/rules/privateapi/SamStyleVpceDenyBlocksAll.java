package io.github.apigwlint.rules.privateapi;

import io.github.apigwlint.access.summary.StatementReach;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.policy.ConditionClause;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.source.Symbols;
import java.util.Optional;

/**
 * The "deny everyone not coming through our endpoints" statement (AWS's reference policy, SAM's
 * SourceVpcWhitelist) written so that it denies everyone: a StringNotEquals / StringNotLike Deny on
 * aws:SourceVpce or aws:SourceVpc that applies to every request through every endpoint and VPC. It
 * happens when the API is not PRIVATE (the keys are then absent, and a negated operator on an absent
 * key is true), or when no listed value can ever be the key's value (a VPC id listed under
 * aws:SourceVpce), or when the statement adds other keys that always hold.
 */
@RuleInfo(
    id = "sam-style-vpce-deny-blocks-all",
    title = "Deny unless from listed VPC endpoints blocks every request",
    severity = Severity.ERROR,
    category = "private-api",
    tags = {"private-api", "vpc-endpoint", "sam"},
    since = "0.1.0")
public final class SamStyleVpceDenyBlocksAll implements Rule {

  @Override
  public void visitApi(Api api, RuleContext context) {
    if (api.endpointType() == null) {
      return;
    }
    Optional<StatementReach> found = context.access(api).statementReach();
    if (found.isEmpty()) {
      return;
    }
    StatementReach reach = found.get();
    for (Statement statement : reach.policy().statements()) {
      Optional<ConditionClause> clause = endpointExclusion(statement);
      if (clause.isPresent() && reach.alwaysAppliesWhereItReaches(statement)) {
        report(api, Subject.statement(context.workspace().resourcePolicy(api).orElseThrow(), statement), statement, clause.get(), context);
      }
    }
  }

  /** A negated string condition on the endpoint or VPC of a Deny. */
  private static Optional<ConditionClause> endpointExclusion(Statement statement) {
    if (!statement.isDeny()) {
      return Optional.empty();
    }
    return statement.conditions().stream()
        .filter(c -> c.key() != null && c.operator() != null && c.operator().negated()
            && (c.key().text().equalsIgnoreCase("aws:SourceVpce") || c.key().text().equalsIgnoreCase("aws:SourceVpc")))
        .findFirst();
  }

  private static void report(Api api, Subject subject, Statement statement, ConditionClause clause, RuleContext context) {
    String why = api.isPrivate()
        ? "none of the listed values can be the " + Symbols.render(clause.key().text()) + " of a request"
            + " (endpoint ids start with vpce-, VPC ids with vpc-)"
        : api.name() + " is " + api.endpointType() + ", so requests carry no " + Symbols.render(clause.key().text())
            + " and " + clause.operatorName() + " on an absent key is true";
    context.report(
            statement.label() + " denies every request to the methods of " + api.name() + " it covers: " + why
                + "; every such call gets 403 whatever else the policy allows",
            statement.node().location(), subject)
        .related(clause.key().location(), "the condition that always holds")
        .fix(api.isPrivate()
            ? "List the interface endpoint ids (vpce-…) under aws:SourceVpce and the VPC ids (vpc-…) under aws:SourceVpc."
            : "Make the API PRIVATE if it should be reached only through VPC endpoints; otherwise drop this Deny and"
                + " restrict callers with aws:SourceIp.")
        .emit();
  }
}
