package io.github.apigwlint.rules.policy;

import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.policy.PolicyProblem;
import io.github.apigwlint.policy.PrincipalValidator;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.rule.Occurrences;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;

/** Principal values that can never match a caller: partial wildcards, bad account ids, non-principal ARNs. */
@RuleInfo(
    id = "principal-malformed",
    title = "Principal value can never match a caller",
    severity = Severity.ERROR,
    category = "policy",
    security = true,
    tags = {"policy", "principal"},
    since = "0.1.0")
public final class PrincipalMalformed implements Rule {

  static final String WILDCARD_FIX =
      "Name exact principals, or write Principal \"*\" and narrow it with a condition:"
          + " \"Condition\": {\"ArnLike\": {\"aws:PrincipalArn\": \"arn:aws:iam::222222222222:role/dev-*\"}}"
          + " (aws:PrincipalArn exists only for SigV4-signed requests, i.e. AWS_IAM methods).";
  static final String ACCOUNT_FIX =
      "Write the account id as exactly 12 digits without separators (\"222222222222\"), or its root ARN"
          + " \"arn:aws:iam::222222222222:root\".";
  static final String ARN_FIX =
      "Name an IAM or STS principal: arn:aws:iam::<account>:root, …:role/<name>, …:user/<name>, or"
          + " arn:aws:sts::<account>:assumed-role/<role>/<session>; an AWS service goes under"
          + " {\"Service\": \"<service>.amazonaws.com\"}.";

  @Override
  public void visitPolicy(PolicyDocument policy, RuleContext context) {
    Occurrences occurrences = new Occurrences();
    for (Statement statement : policy.policy().statements()) {
      if (statement.principal() == null) {
        continue;
      }
      String element = statement.notPrincipal() ? "NotPrincipal" : "Principal";
      for (PolicyProblem problem : PrincipalValidator.validate(statement.principal(), policy.syntax().spelling())) {
        context
            .report(
                element + " of " + policy.owner() + ": " + problem.message() + "; this value can never match a caller, so "
                    + Effects.ofPrincipalMatchingNobody(statement),
                problem.location(),
                occurrences.next(Subject.value(policy, statement, problem.pointer())))
            .fix(fixFor(problem.message()))
            .emit();
      }
    }
  }

  /** The validator's message names the kind of problem. */
  private static String fixFor(String problem) {
    if (problem.contains("wildcard")) {
      return WILDCARD_FIX;
    }
    if (problem.contains("account id")) {
      return ACCOUNT_FIX;
    }
    if (problem.startsWith("empty")) {
      return "Remove the empty value or name the principal.";
    }
    return ARN_FIX;
  }
}
