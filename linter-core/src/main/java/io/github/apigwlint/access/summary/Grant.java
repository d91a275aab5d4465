package io.github.apigwlint.access.summary;

import io.github.apigwlint.policy.Statement;
import java.util.List;

/**
 * A line of the summary: a caller class, where from (null: from wherever it can send the request),
 * and what it gets.
 */
public record Grant(
    CallerClass caller, OriginClass origin, boolean privateApi, Access access, List<Statement> deciding, String reason) {

  public Grant {
    deciding = List.copyOf(deciding);
  }

  /** The access in words; {@code gate} is the method's condition, e.g. "if the Lambda authorizer allows". */
  public String outcome(String gate) {
    return switch (access) {
      case ALLOWED -> "allowed";
      case ALLOWED_IF_GATE -> "allowed " + gate;
      case DENIED -> "denied";
      case DEPENDS -> "depends: " + reason;
    };
  }

  public String describe() {
    if (origin != null) {
      return caller.describe() + ", " + origin.describe();
    }
    if (privateApi) {
      return caller.describe() + ", through any VPC endpoint";
    }
    return caller.kind() == CallerClass.Kind.ANYONE ? "anyone on the internet" : caller.describe();
  }
}
