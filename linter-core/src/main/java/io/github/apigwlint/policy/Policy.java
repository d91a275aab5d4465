package io.github.apigwlint.policy;

import io.github.apigwlint.source.Node;
import java.util.List;

/**
 * A parsed policy document.
 *
 * @param version the Version value as written, or null when absent
 * @param statements the statements that are objects, broken ones included (flagged)
 * @param unknownStatements nodes where a statement was expected but an opaque value stands
 * @param problems grammar problems; empty for a valid document
 * @param resourcePolicy whether it was read as a resource policy (Principal required)
 */
public record Policy(
    PolicyValue version,
    PolicyValue id,
    List<Statement> statements,
    List<Node> unknownStatements,
    List<PolicyProblem> problems,
    boolean resourcePolicy,
    Node source) {

  public static final String CURRENT_VERSION = "2012-10-17";
  public static final String LEGACY_VERSION = "2008-10-17";

  public Policy {
    statements = List.copyOf(statements);
    unknownStatements = List.copyOf(unknownStatements);
    problems = List.copyOf(problems);
  }

  /** Policy variables are substituted only under Version 2012-10-17 (§7.1, TV-91). */
  public boolean variablesEnabled() {
    return version != null && CURRENT_VERSION.equals(version.text());
  }

  public boolean isValid() {
    return problems.isEmpty();
  }
}
