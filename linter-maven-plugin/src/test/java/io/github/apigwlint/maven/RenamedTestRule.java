package io.github.apigwlint.maven;

import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;

/** A rule that was renamed, so that configurations may name it by its former id; it reports nothing. */
@RuleInfo(
    id = "test-renamed-rule",
    title = "A rule with a former id",
    severity = Severity.NOTE,
    category = "policy",
    altIds = "test-former-name",
    since = "0.1.0")
public final class RenamedTestRule implements Rule {
  public RenamedTestRule() {}
}
