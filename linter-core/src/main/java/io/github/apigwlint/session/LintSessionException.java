package io.github.apigwlint.session;

/**
 * Bad input to a session (options, configuration, baseline, git ref) or a report that cannot be
 * written. Its message is meant for the user as it is: front ends print it, never a stack trace.
 */
public final class LintSessionException extends Exception {

  public LintSessionException(String message) {
    super(message);
  }

  public LintSessionException(String message, Throwable cause) {
    super(message, cause);
  }
}
