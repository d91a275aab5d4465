package io.github.apigwlint.access.summary;

import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.policy.Verdict;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One caller class from one origin class, and what it gets.
 *
 * @param byGate for each gate verdict (identity policy / authorizer / token: ALLOW, IMPLICIT_DENY for
 *     silent, EXPLICIT_DENY) the verdicts a call of the class can get
 * @param admitted the verdicts the policies alone (VPC endpoint policy, resource policy) can give the
 *     call, before the method's authorization: {@code [ALLOW]} when they admit it for certain
 * @param deciding the resource-policy statements that decide when the gate allows
 * @param reason why, in words, for the gate-allows case; for DENIED what refuses the call when no
 *     statement does (may be empty)
 * @param dependsOn for DEPENDS, what the input leaves open that the outcome turns on; else empty
 */
public record AccessCell(
    CallerClass caller, OriginClass origin, Access access, Map<Verdict, Set<Verdict>> byGate,
    Set<Verdict> admitted, List<Statement> deciding, String reason, List<String> dependsOn) {

  /** The verdicts of the method's authorization (identity policy, authorizer, token) a cell is evaluated under. */
  static final List<Verdict> GATES = List.of(Verdict.ALLOW, Verdict.IMPLICIT_DENY, Verdict.EXPLICIT_DENY);

  public AccessCell {
    byGate = Map.copyOf(byGate);
    admitted = Set.copyOf(admitted);
    deciding = List.copyOf(deciding);
    dependsOn = List.copyOf(dependsOn);
  }

  /** A class refused before any policy is read, for {@code reason}. */
  static AccessCell refusedBeforePolicies(CallerClass caller, OriginClass origin, String reason) {
    Map<Verdict, Set<Verdict>> byGate = new EnumMap<>(Verdict.class);
    for (Verdict gate : GATES) {
      byGate.put(gate, Set.of(Verdict.IMPLICIT_DENY));
    }
    return new AccessCell(caller, origin, Access.DENIED, byGate, Set.of(Verdict.IMPLICIT_DENY), List.of(), reason, List.of());
  }

  /** The policies let the call through for certain; what remains is the method's authorization. */
  public boolean admittedForCertain() {
    return admitted.equals(Set.of(Verdict.ALLOW));
  }

  /** The policies may let the call through: an opaque value or an unknown decides. */
  public boolean mayBeAdmitted() {
    return admitted.contains(Verdict.ALLOW) || admitted.contains(Verdict.UNKNOWN);
  }

  /** Denied calls fare alike when refused alike; others when every gate and the policies give them the same. */
  boolean sameOutcome(AccessCell other) {
    if (access == Access.DENIED && other.access == Access.DENIED) {
      return reason.equals(other.reason) && deciding.equals(other.deciding);
    }
    return access == other.access && byGate.equals(other.byGate) && admitted.equals(other.admitted);
  }
}
