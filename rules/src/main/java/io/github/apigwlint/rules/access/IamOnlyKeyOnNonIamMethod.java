package io.github.apigwlint.rules.access;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.ConditionClause;
import io.github.apigwlint.policy.ConditionKeys;
import io.github.apigwlint.policy.ConditionOperator;
import io.github.apigwlint.policy.ExpansionContext;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.policy.Tri;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.rule.SyntaxNames;
import io.github.apigwlint.source.Symbols;
import java.util.List;
import java.util.Optional;

/**
 * A resource-policy condition on a key that only SigV4-signed callers carry (aws:PrincipalOrgID,
 * aws:PrincipalArn, aws:PrincipalTag/…) in a statement that covers methods without
 * AWS_IAM authorization: their callers do not sign, the key is absent, and the condition is
 * fixed the way the missing-key rules fix it.
 */
@RuleInfo(
    id = "iam-only-key-on-non-iam-method",
    title = "Condition on a key only IAM-signed callers carry covers methods without AWS_IAM authorization",
    severity = Severity.WARNING,
    category = "access",
    tags = {"condition-keys", "iam", "authorization"},
    since = "0.1.0")
public final class IamOnlyKeyOnNonIamMethod implements Rule {

  @Override
  public void visitApi(Api api, RuleContext context) {
    Optional<PolicyDocument> document = context.workspace().resourcePolicy(api);
    if (api.protocol() != ApiProtocol.REST || document.isEmpty() || api.methods().isEmpty()) {
      return;
    }
    Policy policy = document.get().policy();
    ExpansionContext expansion = api.expansion();
    for (Statement statement : policy.statements()) {
      List<ConditionClause> clauses = statement.conditions().stream()
          .filter(c -> c.key() != null && ConditionKeys.signedCallersOnly(c.key().text()))
          .toList();
      if (statement.effect() == null || clauses.isEmpty()) {
        continue;
      }
      // The methods an unsigned caller's call is matched by (Principal "*"), whatever the conditions say.
      List<Method> covered = context.analysis().coverage(policy, statement, api, Caller.anonymous(), expansion);
      List<Method> unsigned = covered.stream().filter(m -> m.authorization() != AuthorizationType.AWS_IAM).toList();
      if (unsigned.isEmpty()) {
        continue;
      }
      boolean alsoSigned = unsigned.size() < covered.size();
      for (ConditionClause clause : clauses) {
        // IfExists and Null say what a caller without the key gets: deliberate where signed callers are covered too.
        if (alsoSigned && (clause.ifExists() || clause.operator() == ConditionOperator.Null)) {
          continue;
        }
        Tri truth = ConditionKeys.forUnsignedCaller(clause, policy.variablesEnabled());
        if (truth != Tri.UNKNOWN) {
          report(api, Subject.clause(document.get(), statement, clause), statement, clause, truth == Tri.TRUE, unsigned, alsoSigned, context);
        }
      }
    }
  }

  private static void report(Api api, Subject subject, Statement statement, ConditionClause clause, boolean alwaysTrue,
      List<Method> unsigned, boolean alsoSigned, RuleContext context) {
    String key = Symbols.render(clause.key().text());
    String effect = statement.isDeny()
        ? (alwaysTrue ? "the Deny refuses every call to them (403)" : "the Deny never refuses them")
        : (alwaysTrue ? "the Allow lets them in whatever value the condition names" : "the Allow grants them nothing");
    String message = key + " is only in the request context of callers that sign with SigV4 (AWS_IAM methods); "
        + Method.display(unsigned) + " of " + api.name() + (unsigned.size() == 1 ? " does" : " do")
        + " not use AWS_IAM authorization, so for their callers the key is absent"
        + ConditionKeys.disputedAnonymousValue(key).map(v -> " (or, by IAM's reference, \"" + v + "\": the same either way)").orElse("")
        + " and this " + clause.operatorName()
        + " condition of " + statement.label() + " is always " + (alwaysTrue ? "true" : "false") + ": " + effect;
    context.report(message, clause.key().location(), subject)
        .related(unsigned.get(0).location(), "a method with " + unsigned.get(0).authorization() + " authorization")
        .fix("If these methods' callers are AWS principals, set their " + SyntaxNames.authorization(api, unsigned.get(0))
            + " to AWS_IAM. Otherwise narrow the"
            + " statement's Resource to the AWS_IAM methods (execute-api:/STAGE/VERB/path) and restrict the other methods"
            + " with keys every caller carries (aws:SourceIp, aws:SourceVpce) or their authorizer"
            + (alsoSigned ? "; or write " + key + " under an ...IfExists operator to let callers without the key through" : "")
            + ".")
        .emit();
  }
}
