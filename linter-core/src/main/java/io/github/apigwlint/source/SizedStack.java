package io.github.apigwlint.source;

import io.github.apigwlint.source.Limits.Limit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs work whose recursion the run's {@link Limits} bound (a chain of references evaluated one
 * inside the other) on a thread whose stack fits that bound, so that reaching the limit is a {@code
 * limit-exceeded} finding on any thread, never a stack overflow of the caller's smaller stack.
 */
public final class SizedStack {

  /** Room for the work around the chain: the nesting of the expressions of one link, the reading of the results. */
  private static final long BASE = 16L << 20;
  /** Room per link of a chain, several times what one takes. */
  private static final long PER_LINK = 8L << 10;

  private SizedStack() {}

  /** What {@code work} gives, run within {@code limits} on a thread of its own, or the problem it ended with (see {@link FileWork}). */
  public static <T> FileWork.Result<T> run(Limits limits, Location where, Supplier<T> work) {
    AtomicReference<FileWork.Result<T>> result = new AtomicReference<>();
    long stack = BASE + PER_LINK * limits.get(Limit.REFERENCE_CHAIN);
    Thread thread = new Thread(null, () -> result.set(FileWork.run(limits, where, work)), "apigw-lint-evaluation", stack);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      thread.interrupt();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    return result.get();
  }
}
