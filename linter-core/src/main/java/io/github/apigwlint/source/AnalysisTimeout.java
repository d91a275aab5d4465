package io.github.apigwlint.source;

/** The work on one file took longer than its {@link Limits.Limit#FILE_TIME}; thrown by {@link Budget#checkTime()}. */
public final class AnalysisTimeout extends RuntimeException {

  AnalysisTimeout(long seconds) {
    super("analysis took more than " + seconds + " seconds and was given up (" + Limits.howToRaise(Limits.Limit.FILE_TIME) + ")",
        null, false, false);
  }

  public SourceProblem toProblem(Location where) {
    return new SourceProblem(SourceProblem.Kind.ANALYSIS_TIMEOUT, getMessage(), where, null, java.util.List.of());
  }
}
