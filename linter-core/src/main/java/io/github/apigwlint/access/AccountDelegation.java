package io.github.apigwlint.access;

import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Decision;
import io.github.apigwlint.policy.PrincipalMatcher;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.policy.Tri;
import io.github.apigwlint.policy.Verdict;
import java.util.EnumSet;
import java.util.List;

/**
 * §7.3: a resource policy that allows a caller only because it names the caller's account delegates
 * to that account's identity policies; it does not by itself let a same-account caller in (the
 * reference's recommendation for the [U] point, and IAM's general rule). A grant to {@code *}, to the
 * role or to the user does.
 */
final class AccountDelegation {

  private AccountDelegation() {}

  /** The resource policy's decision as a same-account gate sees it. */
  static Decision forSameAccount(Decision resourcePolicy, Caller caller) {
    if (resourcePolicy == null || resourcePolicy.verdict() != Verdict.ALLOW || !onlyForAccount(resourcePolicy.deciding(), caller)) {
      return resourcePolicy;
    }
    String reason = "resource policy allows only the caller's account, which delegates to the identity policy";
    boolean individualMayApply = resourcePolicy.undetermined().stream()
        .anyMatch(s -> !s.isDeny() && !onlyForAccount(List.of(s), caller));
    return individualMayApply
        ? Decision.ofPossible(EnumSet.of(Verdict.ALLOW, Verdict.IMPLICIT_DENY), reason + ", unless a statement that depends on an unknown value names it")
        : Decision.of(Verdict.IMPLICIT_DENY, reason);
  }

  private static boolean onlyForAccount(List<Statement> allows, Caller caller) {
    for (Statement allow : allows) {
      if (allow.principal() == null || allow.notPrincipal()
          || PrincipalMatcher.namesIndividually(allow.principal(), caller) != Tri.FALSE) {
        return false;
      }
    }
    return true;
  }
}
