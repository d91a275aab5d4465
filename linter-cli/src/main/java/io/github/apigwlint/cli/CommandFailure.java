package io.github.apigwlint.cli;

/** A failure that the user can act on; its message is printed as is, without a stack trace. */
final class CommandFailure extends RuntimeException {

  CommandFailure(String message) {
    super(message);
  }

  CommandFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
