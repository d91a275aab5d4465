/** The rule API: {@link io.github.apigwlint.rule.Rule} and its visits, the one metadata declaration {@link io.github.apigwlint.rule.RuleInfo}, what a rule sees ({@link io.github.apigwlint.rule.RuleContext}) and what it reports ({@link io.github.apigwlint.rule.Finding}). */
package io.github.apigwlint.rule;
