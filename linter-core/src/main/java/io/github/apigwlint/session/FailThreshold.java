package io.github.apigwlint.session;

import io.github.apigwlint.rule.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The least severity that makes a run fail, or {@link #NEVER}. */
public enum FailThreshold {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  NOTE(Severity.NOTE),
  NEVER(null);

  private final Severity least;

  FailThreshold(Severity least) {
    this.least = least;
  }

  /** The threshold of this name in any case; null is {@link #ERROR}, the default. */
  public static FailThreshold parse(String name) throws LintSessionException {
    if (name == null) {
      return ERROR;
    }
    String wanted = name.trim();
    return Arrays.stream(values())
        .filter(threshold -> threshold.toString().equalsIgnoreCase(wanted))
        .findFirst()
        .orElseThrow(() -> new LintSessionException("fail threshold \"" + name + "\" is not one of " + names()));
  }

  /** {@code error, warning, note, never}. */
  public static String names() {
    return Arrays.stream(values()).map(FailThreshold::toString).collect(Collectors.joining(", "));
  }

  public boolean reachedBy(Severity severity) {
    return least != null && severity.atLeast(least);
  }

  /** As users write it. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
