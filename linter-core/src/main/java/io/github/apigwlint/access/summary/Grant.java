package io.github.apigwlint.access.summary;

import io.github.apigwlint.policy.Statement;
import java.util.List;

/**
 * A line of the summary: a caller class, where from (null: from wherever it can send the request),
 * and what it gets.
 */
public record Grant(CallerClass caller, OriginClass origin, Access access, List<Statement> deciding, String reason) {

  public Grant {
    deciding = List.copyOf(deciding);
  }

  public String describe() {
    return caller.describe() + (origin == null ? "" : ", " + origin.describe());
  }
}
