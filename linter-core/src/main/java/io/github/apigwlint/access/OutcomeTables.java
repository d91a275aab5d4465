package io.github.apigwlint.access;

import io.github.apigwlint.policy.Verdict;

/**
 * Tables A and B of §3.3: how the gate (identity policy, Lambda authorizer or Cognito) and the
 * resource policy combine. Inputs are definite verdicts; IMPLICIT_DENY is the tables' "silent".
 */
enum OutcomeTables {
  /** Same account, or a Lambda authorizer: either may allow. */
  A,
  /** Cross account, or Cognito: both must allow. */
  B;

  Verdict combine(Verdict gate, Verdict resourcePolicy) {
    if (gate == Verdict.EXPLICIT_DENY || resourcePolicy == Verdict.EXPLICIT_DENY) {
      return Verdict.EXPLICIT_DENY;
    }
    boolean allowed = this == A
        ? gate == Verdict.ALLOW || resourcePolicy == Verdict.ALLOW
        : gate == Verdict.ALLOW && resourcePolicy == Verdict.ALLOW;
    return allowed ? Verdict.ALLOW : Verdict.IMPLICIT_DENY;
  }

  /** The row name of the tables, e.g. "A4" for gate silent and resource policy Allow. */
  String row(Verdict gate, Verdict resourcePolicy) {
    return name() + (3 * column(gate) + column(resourcePolicy) + 1);
  }

  static String describe(Verdict verdict) {
    return switch (verdict) {
      case ALLOW -> "allows";
      case EXPLICIT_DENY -> "denies";
      case IMPLICIT_DENY -> "silent";
      case UNKNOWN -> "unknown";
    };
  }

  private static int column(Verdict verdict) {
    return switch (verdict) {
      case ALLOW -> 0;
      case IMPLICIT_DENY -> 1;
      default -> 2;
    };
  }
}
