package io.github.apigwlint.source;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How much one file may ask of a run. Input beyond a limit is a {@code limit-exceeded} finding where
 * it happens, never a crash; a file that takes longer than {@link Limit#FILE_TIME} is an
 * {@code analysis-timeout}. Each limit is raised under {@code limits:} in {@code .apigw-lint.yaml}.
 */
public final class Limits {

  /** One limit, with the key that sets it and the default, far beyond what real configurations need. */
  public enum Limit {
    DEPTH("depth", 256, "levels of nesting"),
    NODES("nodes", 2_000_000, "values in one file"),
    STRING_LENGTH("stringLength", 10_000_000, "characters in one value"),
    ALIASES("aliases", 50, "YAML aliases of collections"),
    REFERENCE_CHAIN("referenceChain", 1_000, "references followed in one chain"),
    STATEMENTS("statements", 250, "statements in one policy"),
    FILES("files", 100_000, "files in one run"),
    FILE_TIME("fileTimeSeconds", 10, "seconds of analysis for one file");

    private final String key;
    private final long defaultValue;
    private final String unit;

    Limit(String key, long defaultValue, String unit) {
      this.key = key;
      this.defaultValue = defaultValue;
      this.unit = unit;
    }

    /** The key under {@code limits:} in the configuration. */
    public String key() {
      return key;
    }

    public long defaultValue() {
      return defaultValue;
    }

    /** What the limit counts, after its number: "levels of nesting". */
    public String unit() {
      return unit;
    }

    public static Optional<Limit> ofKey(String key) {
      return Arrays.stream(values()).filter(limit -> limit.key.equals(key)).findFirst();
    }
  }

  private static final Limits DEFAULTS = new Limits(new EnumMap<>(Limit.class));

  private final Map<Limit, Long> values;

  private Limits(Map<Limit, Long> values) {
    this.values = values;
  }

  public static Limits defaults() {
    return DEFAULTS;
  }

  /** These limits with {@code limit} set to {@code value}. */
  public Limits with(Limit limit, long value) {
    Map<Limit, Long> changed = new EnumMap<>(Limit.class);
    changed.putAll(values);
    changed.put(limit, value);
    return new Limits(changed);
  }

  /** How a message tells to raise {@code limit}. */
  static String howToRaise(Limit limit) {
    return "raise it with `limits: {" + limit.key() + ": …}` in .apigw-lint.yaml";
  }

  public long get(Limit limit) {
    return values.getOrDefault(limit, limit.defaultValue());
  }

  /** {@link #get} for the limits that count in ints. */
  public int count(Limit limit) {
    return (int) Math.min(Integer.MAX_VALUE, get(limit));
  }

  public Duration fileTime() {
    return Duration.ofSeconds(get(Limit.FILE_TIME));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Limits limits && Arrays.stream(Limit.values()).allMatch(l -> get(l) == limits.get(l));
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(Arrays.stream(Limit.values()).mapToLong(this::get).toArray());
  }
}
