package io.github.apigwlint.rules.policy;

import io.github.apigwlint.policy.Statement;

/** What a statement that never matches means at run time, for the messages of the policy rules. */
final class Effects {

  private Effects() {}

  /** {@code "this Allow grants nobody"} and the like, by the statement's effect. */
  static String ofNeverMatching(Statement statement) {
    if (statement.isAllow()) {
      return statement.label() + " (Allow) grants nobody: it lets in none of the callers it was meant for";
    }
    if (statement.isDeny()) {
      return statement.label() + " (Deny) blocks nobody";
    }
    return statement.label() + " has no effect";
  }
}
