package io.github.apigwlint.engine;

import java.util.List;
import java.util.Map;

/**
 * Stand-in for the engine so the front end builds on its own branch; the engine branch replaces
 * this file with the real one of the same signature.
 */
public final class Linter {

  private final RuleRegistry rules;

  public Linter(RuleRegistry rules) {
    this.rules = rules;
  }

  public LintResult run(LintRequest request) {
    return new LintResult(List.of(), rules.infos(), Map.of(), List.of());
  }
}
