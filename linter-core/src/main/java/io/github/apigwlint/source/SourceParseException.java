package io.github.apigwlint.source;

/** Text that is not well-formed JSON or YAML, or that exceeds an input limit, with where it went wrong. */
public final class SourceParseException extends RuntimeException {

  private final Location location;

  public SourceParseException(String message, Location location) {
    super(message);
    this.location = location;
  }

  public Location location() {
    return location;
  }

  public SourceProblem toProblem() {
    return new SourceProblem(getMessage(), location);
  }
}
