package io.github.apigwlint.policy;

import java.util.Optional;

/** The base condition operators of IAM, each with its family and whether it is negated. */
public enum ConditionOperator {
  StringEquals(Family.STRING, false),
  StringNotEquals(Family.STRING, true),
  StringEqualsIgnoreCase(Family.STRING, false),
  StringNotEqualsIgnoreCase(Family.STRING, true),
  StringLike(Family.STRING, false),
  StringNotLike(Family.STRING, true),
  NumericEquals(Family.NUMERIC, false),
  NumericNotEquals(Family.NUMERIC, true),
  NumericLessThan(Family.NUMERIC, false),
  NumericLessThanEquals(Family.NUMERIC, false),
  NumericGreaterThan(Family.NUMERIC, false),
  NumericGreaterThanEquals(Family.NUMERIC, false),
  DateEquals(Family.DATE, false),
  DateNotEquals(Family.DATE, true),
  DateLessThan(Family.DATE, false),
  DateLessThanEquals(Family.DATE, false),
  DateGreaterThan(Family.DATE, false),
  DateGreaterThanEquals(Family.DATE, false),
  Bool(Family.BOOL, false),
  BinaryEquals(Family.BINARY, false),
  IpAddress(Family.IP, false),
  NotIpAddress(Family.IP, true),
  ArnEquals(Family.ARN, false),
  ArnLike(Family.ARN, false),
  ArnNotEquals(Family.ARN, true),
  ArnNotLike(Family.ARN, true),
  Null(Family.NULL, false);

  /** Operator families: they decide value syntax and whether policy variables are substituted. */
  public enum Family {
    STRING,
    NUMERIC,
    DATE,
    BOOL,
    BINARY,
    IP,
    ARN,
    NULL;

    /** §7.7: variables only in String and ARN values (and Bool, see the [X] note of §7.6). */
    public boolean allowsVariables() {
      return this == STRING || this == ARN || this == BOOL;
    }
  }

  private final Family family;
  private final boolean negated;

  ConditionOperator(Family family, boolean negated) {
    this.family = family;
    this.negated = negated;
  }

  public Family family() {
    return family;
  }

  /** Negated operators match when the value matches none of the policy values (NOR). */
  public boolean negated() {
    return negated;
  }

  /** Exact (case-sensitive) lookup; operator names are matched as AWS spells them. */
  public static Optional<ConditionOperator> byName(String name) {
    for (ConditionOperator op : values()) {
      if (op.name().equals(name)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }

  static Optional<ConditionOperator> byNameIgnoreCase(String name) {
    for (ConditionOperator op : values()) {
      if (op.name().equalsIgnoreCase(name)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }
}
