package io.github.apigwlint.policy;

/** The outcome of an evaluation (§7.8). */
public enum Verdict {
  ALLOW,
  EXPLICIT_DENY,
  /** Nothing allowed it: the "silent" policy of the outcome tables. */
  IMPLICIT_DENY,
  /** An opaque value or a broken statement could change the outcome. */
  UNKNOWN;

  public boolean isDeny() {
    return this == EXPLICIT_DENY || this == IMPLICIT_DENY;
  }
}
