package io.github.apigwlint.model;

import io.github.apigwlint.source.Symbols;

/** A yes/no setting of the input: off when it is not written, unknown when the input does not fix its value. */
public enum Flag {
  OFF,
  ON,
  UNKNOWN;

  /** A written value: {@code true}/{@code false} in any case, a symbol for what the input leaves open, null when not written. */
  public static Flag of(String written) {
    if (written == null || written.equalsIgnoreCase("false")) {
      return OFF;
    }
    if (written.equalsIgnoreCase("true")) {
      return ON;
    }
    return Symbols.isSymbolic(written) ? UNKNOWN : OFF;
  }

  /** The first of the settings that is written decides: a more specific one overrides a general one. */
  public static Flag first(String specific, String general) {
    return of(specific != null ? specific : general);
  }
}
