package io.github.apigwlint.baseline;

/**
 * A baseline of an earlier format, whose fingerprints cannot be matched to today's findings: it is
 * regenerated, not read.
 */
public final class OutdatedBaselineException extends BaselineException {

  public OutdatedBaselineException(String message) {
    super(message);
  }
}
