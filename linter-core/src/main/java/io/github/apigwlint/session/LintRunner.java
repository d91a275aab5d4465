package io.github.apigwlint.session;

import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;

/** The analysis step of a session: read, build, run the rules, apply suppressions. Tests replace it. */
@FunctionalInterface
public interface LintRunner {

  /** {@link Linter}. */
  LintRunner STANDARD = (rules, request) -> new Linter(rules).run(request);

  LintResult run(RuleRegistry rules, LintRequest request);
}
