package io.github.apigwlint.rules.iam;

import io.github.apigwlint.access.Callers;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.model.PolicyKind;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.ConditionClause;
import io.github.apigwlint.policy.PolicyValue;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.rule.SyntaxNames;
import io.github.apigwlint.source.Symbols;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The usual way to call an HTTP API (which has no resource policy) from another account is a role in
 * the API's account that the caller assumes. Its trust policy should not let any principal of
 * another account, or everyone, assume it without {@code sts:ExternalId} or an organization
 * condition.
 */
@RuleInfo(
    id = "assume-role-trust-unrestricted",
    title = "Role trust lets another account or everyone assume it without ExternalId or organization condition",
    severity = Severity.WARNING,
    severityVaries = "error for `Principal: \"*\"`",
    category = "iam",
    security = true,
    tags = {"iam", "cross-account", "trust"},
    since = "0.1.0",
    precision = "medium")
public final class AssumeRoleTrustUnrestricted implements Rule {

  private static final Set<String> RESTRICTING_KEYS =
      Set.of("sts:externalid", "aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount", "aws:principalarn");

  @Override
  public void visitPolicy(PolicyDocument document, RuleContext context) {
    if (document.kind() != PolicyKind.TRUST_POLICY) {
      return;
    }
    for (Statement statement : document.policy().statements()) {
      if (!statement.isAllow() || statement.notPrincipal() || statement.principal() == null || !assumesRole(statement)
          || restricted(statement)) {
        continue;
      }
      if (statement.principal().wildcard()) {
        report(document, statement, "everyone (Principal \"*\")", Severity.ERROR, context);
        continue;
      }
      for (PolicyValue principal : statement.principal().aws()) {
        Optional<String> account = Callers.parse(principal.text()).map(Caller::account);
        if (account.isPresent() && !Symbols.isSymbolic(account.get()) && !account.get().equals(document.account())) {
          report(document, statement, "account " + account.get() + " (" + SyntaxNames.value(document.syntax(), principal.text()) + ")", Severity.WARNING, context);
          break;
        }
      }
    }
  }

  private static boolean assumesRole(Statement statement) {
    if (statement.notAction()) {
      return true;
    }
    return statement.actions().stream()
        .map(a -> a.text().toLowerCase(Locale.ROOT))
        .anyMatch(a -> a.equals("*") || a.equals("sts:*") || a.equals("sts:assumerole"));
  }

  private static boolean restricted(Statement statement) {
    return statement.conditionsUnknown()
        || statement.conditions().stream()
            .map(ConditionClause::key)
            .anyMatch(key -> key != null && RESTRICTING_KEYS.contains(key.text().toLowerCase(Locale.ROOT)));
  }

  private static void report(PolicyDocument document, Statement statement, String who, Severity severity, RuleContext context) {
    context
        .report(
            "the trust policy of " + document.owner() + " lets " + who + " assume it in " + statement.label()
                + " without an sts:ExternalId or aws:PrincipalOrgID condition",
            statement.node().location(),
            Subject.statement(document, statement))
        .severity(severity)
        .fix("Add \"Condition\": {\"StringEquals\": {\"sts:ExternalId\": \"<agreed id>\"}} for a third party, or"
            + " {\"StringEquals\": {\"aws:PrincipalOrgID\": \"o-xxxxxxxxxx\"}} within your organization, and name the caller's"
            + " role ARN instead of the whole account.")
        .emit();
  }
}
