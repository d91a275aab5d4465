package io.github.apigwlint.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * What every fuzz target asserts: the code under test returns, or throws only the exception its API
 * documents. A budget that stops hostile input ({@code LimitExceeded}, {@code AnalysisTimeout}) is a
 * documented outcome of every reader; those are matched by simple name so that the targets do not
 * depend on where, or whether yet, the budgets are declared.
 */
final class Contract {

  static final Set<String> BUDGETS = Set.of("LimitExceeded", "AnalysisTimeout");

  /** Code under test that may throw checked exceptions. */
  interface Action {
    void run() throws Exception;
  }

  private Contract() {}

  /** Runs {@code action}; any exception other than a budget's or one of {@code documented} fails the target. */
  @SafeVarargs
  static void holds(Action action, Class<? extends Throwable>... documented) throws Exception {
    try {
      action.run();
    } catch (Exception e) {
      if (!isBudget(e) && Set.of(documented).stream().noneMatch(type -> type.isInstance(e))) {
        throw e;
      }
    }
  }

  static boolean isBudget(Throwable thrown) {
    return BUDGETS.contains(thrown.getClass().getSimpleName());
  }

  /** The fuzzer's bytes as the text a reader is given (invalid UTF-8 becomes replacement characters). */
  static String text(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }
}
