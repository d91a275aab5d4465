package io.github.apigwlint.policy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A verdict with what decided it.
 *
 * @param possible the definite verdicts the request could get; one element unless UNKNOWN, in which
 *     case it says what is at stake (e.g. ALLOW or EXPLICIT_DENY)
 * @param deciding the statements that made a definite verdict (applicable denies, or allows)
 * @param undetermined statements whose applicability is unknown (or that are broken and might apply)
 * @param reason a short human explanation
 */
public record Decision(
    Verdict verdict, Set<Verdict> possible, List<Statement> deciding, List<Statement> undetermined, String reason) {

  public Decision {
    possible = possible.isEmpty() ? EnumSet.noneOf(Verdict.class) : EnumSet.copyOf(possible);
    deciding = List.copyOf(deciding);
    undetermined = List.copyOf(undetermined);
  }

  public static Decision of(Verdict verdict, String reason) {
    return new Decision(verdict, possibleOf(verdict), List.of(), List.of(), reason);
  }

  /** A decision from a set of possible definite verdicts: one → that verdict, several → UNKNOWN. */
  public static Decision ofPossible(Set<Verdict> possible, String reason) {
    Verdict verdict = possible.size() == 1 ? possible.iterator().next() : Verdict.UNKNOWN;
    return new Decision(verdict, possible, List.of(), List.of(), reason);
  }

  public Decision withReason(String newReason) {
    return new Decision(verdict, possible, deciding, undetermined, newReason);
  }

  /** The definite verdicts a verdict stands for: UNKNOWN could be any of the three. */
  public static Set<Verdict> possibleOf(Verdict verdict) {
    return verdict == Verdict.UNKNOWN
        ? EnumSet.of(Verdict.ALLOW, Verdict.EXPLICIT_DENY, Verdict.IMPLICIT_DENY)
        : EnumSet.of(verdict);
  }
}
