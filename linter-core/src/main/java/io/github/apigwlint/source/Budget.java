package io.github.apigwlint.source;

import java.util.function.Supplier;

/**
 * The limits and the deadline of the work on one file, held by the thread that does it, so that the
 * readers and analyses deep below need no parameter for them. Work outside {@link #within} runs with
 * the default limits and no deadline.
 */
public final class Budget {

  private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();
  private static final Budget UNBOUNDED = new Budget(Limits.defaults(), Long.MAX_VALUE);
  /** How many checks pass between two looks at the clock; the first check looks. */
  private static final int CLOCK_EVERY = 256;

  private final Limits limits;
  private final long deadline;
  private int checks;

  private Budget(Limits limits, long deadline) {
    this.limits = limits;
    this.deadline = deadline;
  }

  /** Runs {@code work} with {@code limits} and a deadline their file time from now. */
  public static <T> T within(Limits limits, Supplier<T> work) {
    Budget outer = CURRENT.get();
    long seconds = limits.get(Limits.Limit.FILE_TIME);
    CURRENT.set(new Budget(limits, System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds)));
    try {
      return work.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  public static Limits limits() {
    return current().limits;
  }

  /**
   * Throws {@link AnalysisTimeout} once the work on the current file is past its deadline. Cheap:
   * call it in every loop whose length the input decides.
   */
  public static void checkTime() {
    Budget budget = current();
    if (budget.deadline != Long.MAX_VALUE && budget.checks++ % CLOCK_EVERY == 0 && System.nanoTime() - budget.deadline > 0) {
      throw new AnalysisTimeout(budget.limits.get(Limits.Limit.FILE_TIME));
    }
  }

  private static Budget current() {
    Budget budget = CURRENT.get();
    return budget != null ? budget : UNBOUNDED;
  }
}
