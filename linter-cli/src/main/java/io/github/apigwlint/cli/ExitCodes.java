package io.github.apigwlint.cli;

/** Fixed exit codes: never a count, which a shell would wrap at 256. */
final class ExitCodes {

  /** Nothing at or above the fail level. */
  static final int CLEAN = 0;

  /** Findings at or above the fail level. */
  static final int FINDINGS = 1;

  /** Usage error, configuration error or internal failure. */
  static final int FAILURE = 2;

  private ExitCodes() {}
}
