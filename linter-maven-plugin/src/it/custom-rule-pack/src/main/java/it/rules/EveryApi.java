package it.rules;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;

/** Reports every API, so that the IT sees the rule run. */
@RuleInfo(
    id = "it-every-api",
    title = "Every API (integration test rule)",
    severity = Severity.WARNING,
    category = "it",
    since = "0.1.0")
public final class EveryApi implements Rule {

  @Override
  public void visitApi(Api api, RuleContext context) {
    context.report("custom rule saw " + api.name(), api.location(), Subject.api(api)).emit();
  }
}
