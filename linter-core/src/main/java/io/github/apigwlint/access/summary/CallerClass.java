package io.github.apigwlint.access.summary;

import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.source.Spelling;
import io.github.apigwlint.source.Symbols;

/**
 * A class of callers the summary tells apart, with the one caller that stands for it. Account-level
 * classes are sampled as role sessions, since roles are what call APIs.
 *
 * @param value the account, organisation, role or user ARN, or the ARN pattern; null for the broad
 *     classes
 */
public record CallerClass(Kind kind, String value, Caller representative) {

  public enum Kind {
    /** Unsigned callers: anyone who can send the request. */
    ANYONE,
    /** Roles of the API's own account. */
    SAME_ACCOUNT,
    /** Roles of any account named nowhere in the policy, in an organisation named nowhere. */
    ANY_AWS_ACCOUNT,
    /** Roles of accounts that are in no organisation. */
    NO_ORGANIZATION,
    ACCOUNT,
    ORGANIZATION,
    ROLE,
    USER,
    /** Roles or users whose ARN matches a pattern of an ARN condition. */
    PRINCIPAL_PATTERN,
    /**
     * Clients of a WebSocket API whose connection {@code $connect} admitted; the value is the
     * authorization type of {@code $connect} that admitted them.
     */
    CONNECTED
  }

  /** Broad classes stand for everyone not named; named classes are compared against them. */
  public boolean named() {
    return kind != Kind.ANYONE && kind != Kind.ANY_AWS_ACCOUNT && kind != Kind.SAME_ACCOUNT && kind != Kind.CONNECTED;
  }

  public String describe() {
    return describe(Spelling.CLOUDFORMATION);
  }

  /** The class in words, with the values the input does not fix written as {@code spelling} writes them. */
  public String describe(Spelling spelling) {
    String shown = value == null ? null : Symbols.render(value, spelling);
    return switch (kind) {
      case ANYONE -> "anyone";
      case SAME_ACCOUNT -> "roles and users of the API's own account";
      case ANY_AWS_ACCOUNT -> "other AWS accounts";
      case NO_ORGANIZATION -> "AWS accounts outside any organization";
      case ACCOUNT -> "account " + shown;
      case ORGANIZATION -> "organization " + shown;
      case ROLE -> "role " + shown;
      case USER -> "user " + shown;
      case PRINCIPAL_PATTERN -> "principals matching " + shown;
      case CONNECTED -> admittedAtConnect();
    };
  }

  private String admittedAtConnect() {
    return switch (AuthorizationType.parse(value)) {
      case NONE -> "anyone on the internet who connects ($connect has no authorization)";
      case CUSTOM -> "connected clients (admitted at $connect by the Lambda authorizer)";
      case UNKNOWN -> "connected clients (admitted at $connect by an authorization the input does not give)";
      default -> "connected clients (admitted at $connect by " + value + ")";
    };
  }
}
