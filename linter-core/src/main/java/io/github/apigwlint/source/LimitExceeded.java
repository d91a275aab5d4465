package io.github.apigwlint.source;

import io.github.apigwlint.source.Limits.Limit;

/**
 * Input that goes past one of the run's {@link Limits}. Caught where the file, or the element of
 * it, can be given up safely: it becomes a {@code limit-exceeded} finding there, naming the limit and
 * how to raise it.
 */
public final class LimitExceeded extends RuntimeException {

  private final Limit limit;
  private final long value;
  private final transient Location location;

  /**
   * @param what what went past the limit, for the message: "YAML nesting", "the Condition chain of IsProd"
   * @param location where, or null when only the file is known
   */
  public LimitExceeded(Limit limit, long value, String what, Location location) {
    super(what + ": more than " + value + " " + limit.unit() + " (" + Limits.howToRaise(limit) + ")", null, false, false);
    this.limit = limit;
    this.value = value;
    this.location = location;
  }

  /** Throws when {@code count} is past the run's {@code limit}. */
  public static void check(Limit limit, long count, String what, Location location) {
    long value = Budget.limits().get(limit);
    if (count > value) {
      throw new LimitExceeded(limit, value, what, location);
    }
  }

  public Limit limit() {
    return limit;
  }

  public long value() {
    return value;
  }

  /** Where the limit was passed, or null when only the file is known. */
  public Location location() {
    return location;
  }

  public SourceProblem toProblem(Location wholeFile) {
    return toProblem(wholeFile, null);
  }

  /** The problem of the value at {@code pointer}, where a limit is handled by giving up one value and reading the rest of the file. */
  public SourceProblem toProblem(Location wholeFile, String pointer) {
    Location at = location != null ? location : wholeFile;
    return new SourceProblem(SourceProblem.Kind.LIMIT_EXCEEDED, getMessage(), at, pointer, java.util.List.of());
  }
}
