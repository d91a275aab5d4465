/**
 * The analysed workspace: the workspace of one variant with, per API, the access analysis (every
 * stage, every method, VPC endpoint policies included) computed once on first request and served to
 * rules through {@link io.github.apigwlint.rule.RuleContext#access} and to the {@code access}
 * command, with the questions rules ask of it answered whatever order the input declares things in.
 */
package io.github.apigwlint.analysis;
