package io.github.apigwlint.rules.policy;

import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.policy.PolicyProblem;
import io.github.apigwlint.rule.Occurrences;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;

/** Structure and type errors of a policy document (IAM JSON policy grammar). */
@RuleInfo(
    id = "policy-grammar",
    title = "Policy document breaks the IAM policy grammar",
    severity = Severity.ERROR,
    category = "policy",
    tags = {"policy", "grammar", "deployment"},
    since = "0.1.0")
public final class PolicyGrammar implements Rule {

  static final String FIX =
      "Follow the IAM policy grammar: each key once; Effect exactly \"Allow\" or \"Deny\"; exactly one of"
          + " Action/NotAction and of Resource/NotResource; a Principal in every statement of a resource policy"
          + " and none in an identity policy; Version \"2012-10-17\"; canonical condition operator names such"
          + " as StringEquals, IpAddress, ArnLike.";

  @Override
  public void visitPolicy(PolicyDocument policy, RuleContext context) {
    Occurrences occurrences = new Occurrences();
    for (PolicyProblem problem : policy.policy().problems()) {
      context
          .report(
              "policy of " + policy.owner() + ": " + problem.message()
                  + "; the document is rejected when deployed, or the element is ignored and the statement"
                  + " does not mean what is written",
              problem.location(),
              occurrences.next(Subject.inPolicy(policy, problem.pointer())))
          .fix(FIX)
          .emit();
    }
  }
}
