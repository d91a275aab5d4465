package io.github.apigwlint.rule;

import java.util.Locale;

/** How bad a finding is, from the most to the least severe. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  public boolean atLeast(Severity other) {
    return compareTo(other) <= 0;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Severity parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
