package io.github.apigwlint.policy;

/** Three-valued truth: a match that depends on an opaque value is UNKNOWN, never true or false. */
public enum Tri {
  TRUE,
  FALSE,
  UNKNOWN;

  public static Tri of(boolean value) {
    return value ? TRUE : FALSE;
  }

  public Tri and(Tri other) {
    if (this == FALSE || other == FALSE) {
      return FALSE;
    }
    return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
  }

  public Tri or(Tri other) {
    if (this == TRUE || other == TRUE) {
      return TRUE;
    }
    return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
  }

  /** The value both cases share, UNKNOWN where they differ: what holds whichever of two cases is the real one. */
  public Tri same(Tri other) {
    return this == other ? this : UNKNOWN;
  }

  public Tri not() {
    return switch (this) {
      case TRUE -> FALSE;
      case FALSE -> TRUE;
      case UNKNOWN -> UNKNOWN;
    };
  }

  public boolean possible() {
    return this != FALSE;
  }
}
