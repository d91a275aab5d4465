package io.github.apigwlint.baseline;

/** A baseline file that cannot be read; the message names the file and, where known, the line. */
public class BaselineException extends Exception {

  public BaselineException(String message) {
    super(message);
  }

  public BaselineException(String message, Throwable cause) {
    super(message, cause);
  }
}
