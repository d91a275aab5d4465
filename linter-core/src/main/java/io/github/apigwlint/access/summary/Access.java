package io.github.apigwlint.access.summary;

import io.github.apigwlint.policy.Verdict;
import java.util.Set;

/** What a class of callers gets, from the verdicts with the gate passing and with the gate silent. */
public enum Access {
  /** Allowed whatever the gate (identity policy, authorizer) says, unless it denies explicitly. */
  ALLOWED,
  /** Allowed when the gate allows: the identity policy, the Lambda authorizer, a valid token. */
  ALLOWED_IF_GATE,
  DENIED,
  /** An opaque value (parameter, unmodelled condition key, unknown stage) decides. */
  DEPENDS;

  static Access of(Set<Verdict> gateAllows, Set<Verdict> gateSilent) {
    if (!gateAllows.contains(Verdict.ALLOW)) {
      return gateAllows.contains(Verdict.UNKNOWN) ? DEPENDS : DENIED;
    }
    if (gateAllows.size() > 1) {
      return DEPENDS;
    }
    if (gateSilent.equals(Set.of(Verdict.ALLOW))) {
      return ALLOWED;
    }
    return gateSilent.contains(Verdict.ALLOW) ? DEPENDS : ALLOWED_IF_GATE;
  }

  /** Allowed for certain once the gate allows: the policies let the call in. */
  public boolean allowedWhenGateAllows() {
    return this == ALLOWED || this == ALLOWED_IF_GATE;
  }

  public boolean canInvoke() {
    return this != DENIED;
  }
}
