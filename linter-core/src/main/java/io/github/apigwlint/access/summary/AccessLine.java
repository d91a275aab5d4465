package io.github.apigwlint.access.summary;

import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.source.Spelling;
import java.util.List;

/**
 * A line of the summary: a caller class, where from (null: from wherever it can send the request),
 * and what it gets, denied included.
 *
 * @param reason for DENIED what refuses the call when no statement does (may be empty); else how
 *     the workflow decided
 * @param dependsOn for DEPENDS what the outcome turns on
 */
public record AccessLine(
    CallerClass caller, OriginClass origin, boolean privateApi, Access access, List<Statement> deciding, String reason,
    List<String> dependsOn) {

  public AccessLine {
    deciding = List.copyOf(deciding);
    dependsOn = List.copyOf(dependsOn);
  }

  /**
   * The access in words; {@code gate} is the method's condition, e.g. "if the Lambda authorizer
   * allows". What a DEPENDS line depends on is said once per method ({@link MethodAccess#dependsOn}).
   */
  public String outcome(String gate) {
    return switch (access) {
      case ALLOWED -> "allowed";
      case ALLOWED_IF_GATE -> "allowed " + gate;
      case DENIED -> reason.isEmpty() ? "denied" : "denied, " + reason;
      case DEPENDS -> "depends";
    };
  }

  public String describe() {
    return describe(Spelling.CLOUDFORMATION);
  }

  /** Who the line is about, with the values the input does not fix written as {@code spelling} writes them. */
  public String describe(Spelling spelling) {
    if (origin != null) {
      return caller.describe(spelling) + ", " + origin.describe();
    }
    if (privateApi) {
      return caller.describe(spelling) + ", through any VPC endpoint";
    }
    return caller.kind() == CallerClass.Kind.ANYONE ? "anyone on the internet" : caller.describe(spelling);
  }
}
