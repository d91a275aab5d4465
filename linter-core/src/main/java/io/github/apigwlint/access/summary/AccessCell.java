package io.github.apigwlint.access.summary;

import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.policy.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One caller class from one origin class, and what it gets.
 *
 * @param byGate for each gate verdict (identity policy / authorizer / token: ALLOW, IMPLICIT_DENY for
 *     silent, EXPLICIT_DENY) the verdicts a call of the class can get
 * @param deciding the resource-policy statements that decide when the gate allows
 * @param reason why, in words, for the gate-allows case
 */
public record AccessCell(
    CallerClass caller, OriginClass origin, Access access, Map<Verdict, Set<Verdict>> byGate,
    List<Statement> deciding, String reason) {

  public AccessCell {
    byGate = Map.copyOf(byGate);
    deciding = List.copyOf(deciding);
  }

  boolean sameOutcome(AccessCell other) {
    return access == other.access && byGate.equals(other.byGate);
  }
}
