package io.github.apigwlint.source;

/**
 * A file that could not be read or parsed. It becomes a {@code parse-error} finding; the run goes on
 * with the other files.
 *
 * @param pointer the JSON pointer of the value that could not be read, or null for the whole file
 */
public record SourceProblem(String message, Location location, String pointer) {

  /** A problem of the file as a whole. */
  public SourceProblem(String message, Location location) {
    this(message, location, null);
  }
}
