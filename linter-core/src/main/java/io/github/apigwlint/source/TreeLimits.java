package io.github.apigwlint.source;

import io.github.apigwlint.source.Limits.Limit;

/**
 * The run's limits on one tree being read, counted as it is built: its nesting, its values, the
 * characters of each string, and the characters YAML aliases repeat. Checked before a reader
 * descends, so that nesting within the limit never runs out of stack. One per tree; not thread-safe.
 */
final class TreeLimits {

  private final Limits limits = Budget.limits();
  private final int depth = limits.count(Limit.DEPTH);
  private final long nodes = limits.get(Limit.NODES);
  private final long stringLength = limits.get(Limit.STRING_LENGTH);
  private final String language;
  private long values;
  private long repeatedCharacters;

  /** @param language how messages name the input: "JSON", "YAML" */
  TreeLimits(String language) {
    this.language = language;
  }

  /** One more value, at {@code level} levels of nesting (the top value at level 0). */
  void value(int level, Location at) {
    Budget.checkTime();
    if (level > depth) {
      throw new LimitExceeded(Limit.DEPTH, depth, language + " nesting" + (yaml() ? " (or a recursive alias)" : ""), at);
    }
    if (++values > nodes) {
      throw new LimitExceeded(Limit.NODES, nodes, language + " values" + (yaml() ? " (aliases expanded)" : ""), at);
    }
  }

  private boolean yaml() {
    return language.equals("YAML");
  }

  /** A string or key read from the input. */
  void string(String text, Location at) {
    if (text.length() > stringLength) {
      throw new LimitExceeded(Limit.STRING_LENGTH, stringLength, "a " + language + " string", at);
    }
  }

  /**
   * A string an alias repeats: the characters of every repetition count together against the string
   * length limit, so that a long scalar aliased many times is stopped before a resolver joins it.
   */
  void repeated(String text, Location at) {
    repeatedCharacters += text.length();
    if (repeatedCharacters > stringLength) {
      throw new LimitExceeded(Limit.STRING_LENGTH, stringLength, "the characters YAML aliases repeat, all together", at);
    }
  }
}
