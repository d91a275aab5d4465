package io.github.apigwlint.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Every string of a statement, in document order of its elements, with the element it stands in:
 * principals (all types), actions, resources, condition values. Sid and condition keys are not
 * values and are left out. For rules that look at values regardless of their role.
 */
public final class StatementValues {

  /** Which element of the statement a value belongs to. */
  public enum Part {
    PRINCIPAL,
    ACTION,
    RESOURCE,
    CONDITION
  }

  /**
   * One value.
   *
   * @param element the element as written, for messages: {@code Principal}, {@code NotResource},
   *     {@code Condition StringEquals aws:SourceVpce}, ...
   * @param condition the clause of a condition value, else null
   */
  public record Entry(Part part, String element, PolicyValue value, ConditionClause condition) {}

  private StatementValues() {}

  public static List<Entry> of(Statement statement) {
    List<Entry> entries = new ArrayList<>();
    PrincipalSpec principal = statement.principal();
    if (principal != null) {
      String element = statement.notPrincipal() ? "NotPrincipal" : "Principal";
      for (List<PolicyValue> values :
          List.of(principal.aws(), principal.service(), principal.federated(), principal.canonicalUser())) {
        values.forEach(v -> entries.add(new Entry(Part.PRINCIPAL, element, v, null)));
      }
    }
    String action = statement.notAction() ? "NotAction" : "Action";
    statement.actions().forEach(v -> entries.add(new Entry(Part.ACTION, action, v, null)));
    String resource = statement.notResource() ? "NotResource" : "Resource";
    statement.resources().forEach(v -> entries.add(new Entry(Part.RESOURCE, resource, v, null)));
    for (ConditionClause clause : statement.conditions()) {
      String element = "Condition " + clause.operatorName() + (clause.key() != null ? " " + clause.key().text() : "");
      clause.values().forEach(v -> entries.add(new Entry(Part.CONDITION, element, v, clause)));
    }
    return entries;
  }
}
