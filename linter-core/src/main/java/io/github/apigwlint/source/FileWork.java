package io.github.apigwlint.source;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The work on one file (reading it, building its part of the model, a rule's visit of one of its
 * elements), run within the run's {@link Limits} and time budget. Whatever escapes it (a limit
 * passed, the time spent, a defect of apigw-lint, a stack overflow) becomes a problem of that file,
 * so that one file never ends the run.
 */
public final class FileWork {

  private FileWork() {}

  /** What the work gave, or the problem it ended with. */
  public record Result<T>(T value, SourceProblem problem) {

    public Optional<SourceProblem> failure() {
      return Optional.ofNullable(problem);
    }
  }

  /**
   * @param where where a problem without a place of its own stands: the file, or the element
   */
  public static <T> Result<T> run(Limits limits, Location where, Supplier<T> work) {
    return guard(where, () -> Budget.within(limits, work));
  }

  /** {@link #run} within the budget of the work around it: one of several steps on one file. */
  public static <T> Result<T> guard(Location where, Supplier<T> work) {
    try {
      return new Result<>(work.get(), null);
    } catch (LimitExceeded e) {
      return new Result<>(null, e.toProblem(where));
    } catch (AnalysisTimeout e) {
      return new Result<>(null, e.toProblem(where));
    } catch (RuntimeException | StackOverflowError e) {
      return new Result<>(null, SourceProblem.internalError(e, where));
    }
  }
}
