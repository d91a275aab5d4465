package io.github.apigwlint.source;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A defect of apigw-lint met on one file, described for a finding (what was thrown, in one line)
 * and for the verbose notes (where, in a few frames).
 */
final class InternalErrors {

  /** How many frames of the stack the verbose note names. */
  private static final int FRAMES = 8;

  private InternalErrors() {}

  static String describe(Throwable thrown) {
    if (thrown instanceof StackOverflowError) {
      return "the input is nested or chained too deeply to analyse (stack overflow); the other files were analysed";
    }
    return "apigw-lint failed on this file (" + thrown.getClass().getSimpleName()
        + (thrown.getMessage() == null ? "" : ": " + firstLine(thrown.getMessage()))
        + "); the other files were analysed. Please report it with `--verbose` output";
  }

  /** The frames of apigw-lint's own code where {@code thrown} was thrown, innermost first, on one line. */
  static String stack(Throwable thrown) {
    return thrown.getClass().getName() + " at " + Arrays.stream(thrown.getStackTrace())
        .filter(frame -> frame.getClassName().startsWith("io.github.apigwlint."))
        .limit(FRAMES)
        .map(frame -> simpleName(frame.getClassName()) + "." + frame.getMethodName() + ":" + frame.getLineNumber())
        .collect(Collectors.joining(" < "));
  }

  private static String firstLine(String message) {
    String line = message.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
