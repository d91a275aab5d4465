package io.github.apigwlint.policy;

import io.github.apigwlint.source.Budget;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Evaluates one policy against one request (§7.8): an applicable Deny wins, else an applicable Allow
 * allows, else implicit deny. Three-valued: a statement whose applicability is unknown (an opaque
 * value, a broken statement, an opaque statement element) adds its effect to the possible outcomes,
 * and the verdict is UNKNOWN when more than one outcome remains.
 *
 * <p>Broken statements (grammar problems) are not trusted: they can never make a verdict certain,
 * only make it UNKNOWN when their readable parts do not rule them out. AWS would reject such a policy
 * on save, so what is deployed is not knowable from the file.
 */
public final class PolicyEvaluator {

  private PolicyEvaluator() {}

  /**
   * @param expansion the API the policy is attached to, for the {@code execute-api:/} shorthand; null
   *     when not known (shorthand resources then match UNKNOWN)
   */
  public static Decision evaluate(Policy policy, Request request, ExpansionContext expansion) {
    StatementMatcher matcher = new StatementMatcher(request, policy.variablesEnabled(), expansion);
    List<Statement> allows = new ArrayList<>();
    List<Statement> denies = new ArrayList<>();
    List<Statement> undetermined = new ArrayList<>();
    boolean maybeAllow = !policy.unknownStatements().isEmpty();
    boolean maybeDeny = maybeAllow;
    for (Statement statement : policy.statements()) {
      Budget.checkTime();
      Tri applies = matcher.applies(statement);
      if (applies == Tri.TRUE && statement.effect() != null) {
        (statement.isDeny() ? denies : allows).add(statement);
      } else if (applies.possible()) {
        undetermined.add(statement);
        maybeAllow |= statement.effect() != Effect.DENY;
        maybeDeny |= statement.effect() != Effect.ALLOW;
      }
    }
    if (!denies.isEmpty()) {
      return new Decision(Verdict.EXPLICIT_DENY, EnumSet.of(Verdict.EXPLICIT_DENY), denies, undetermined,
          "denied by " + labels(denies));
    }
    Set<Verdict> possible = EnumSet.noneOf(Verdict.class);
    if (maybeDeny) {
      possible.add(Verdict.EXPLICIT_DENY);
    }
    if (!allows.isEmpty()) {
      possible.add(Verdict.ALLOW);
    } else {
      if (maybeAllow) {
        possible.add(Verdict.ALLOW);
      }
      possible.add(Verdict.IMPLICIT_DENY);
    }
    Verdict verdict = possible.size() == 1 ? possible.iterator().next() : Verdict.UNKNOWN;
    return new Decision(verdict, possible, verdict == Verdict.ALLOW ? allows : List.of(), undetermined,
        reason(verdict, allows, undetermined, policy));
  }

  private static String reason(Verdict verdict, List<Statement> allows, List<Statement> undetermined, Policy policy) {
    return switch (verdict) {
      case ALLOW -> "allowed by " + labels(allows);
      case IMPLICIT_DENY -> "no statement allows it";
      default -> "depends on " + (undetermined.isEmpty() ? "" : labels(undetermined))
          + (policy.unknownStatements().isEmpty() ? "" : (undetermined.isEmpty() ? "" : " and ")
              + policy.unknownStatements().size() + " unknown statement(s)");
    };
  }

  private static String labels(List<Statement> statements) {
    return String.join(", ", statements.stream().map(Statement::label).toList());
  }
}
