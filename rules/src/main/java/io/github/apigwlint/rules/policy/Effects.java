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

  /** For a Principal or NotPrincipal value that matches no caller: a NotPrincipal exception then excepts nobody. */
  static String ofPrincipalMatchingNobody(Statement statement) {
    if (statement.notPrincipal()) {
      return "the NotPrincipal exception never covers anyone and " + statement.label() + " applies to every caller";
    }
    return ofNeverMatching(statement);
  }

  /** For a Resource or NotResource value that matches no request: a NotResource exception then excepts nothing. */
  static String ofResourceMatchingNothing(Statement statement) {
    if (statement.notResource()) {
      return "the NotResource exception never covers a request and " + statement.label()
          + " applies to every resource it does not list otherwise";
    }
    return ofNeverMatching(statement);
  }
}
