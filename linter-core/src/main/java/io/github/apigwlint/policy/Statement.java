package io.github.apigwlint.policy;

import io.github.apigwlint.source.Node;
import java.util.List;

/**
 * One statement. Elements that are absent are null (principal) or empty lists; {@code broken} is set
 * when the statement has grammar problems, so the evaluator cannot trust it (see PolicyEvaluator).
 *
 * @param effect null when missing or invalid
 * @param notPrincipal the principal element was written as NotPrincipal
 * @param notAction the actions were written as NotAction
 * @param notResource the resources were written as NotResource
 */
public record Statement(
    int index,
    PolicyValue sid,
    Effect effect,
    PrincipalSpec principal,
    boolean notPrincipal,
    List<PolicyValue> actions,
    boolean notAction,
    List<PolicyValue> resources,
    boolean notResource,
    List<ConditionClause> conditions,
    boolean conditionsUnknown,
    boolean broken,
    Node node) {

  public Statement {
    actions = List.copyOf(actions);
    resources = List.copyOf(resources);
    conditions = List.copyOf(conditions);
  }

  public boolean isAllow() {
    return effect == Effect.ALLOW;
  }

  public boolean isDeny() {
    return effect == Effect.DENY;
  }

  /** A name for messages: the Sid, else (also for the {@code "Sid": ""} consoles write) the position. */
  public String label() {
    return sid != null && !sid.text().isBlank() ? "statement " + sid.text() : "statement #" + (index + 1);
  }

  /** The label and where the statement stands: {@code statement Open at policy.json:2}. */
  public String labelAt() {
    return label() + " at " + node().location().fileAndLine();
  }
}
