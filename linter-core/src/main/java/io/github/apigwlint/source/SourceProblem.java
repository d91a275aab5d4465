package io.github.apigwlint.source;

import java.util.List;

/**
 * A file that could not be read or parsed, or a configuration that cannot stand as written. It
 * becomes a {@code parse-error} finding; the run goes on with the other files.
 *
 * @param pointer the JSON pointer of the value the problem is about, or null for the whole file
 * @param related other places the problem involves (the other declarations of one address)
 */
public record SourceProblem(String message, Location location, String pointer, List<Related> related) {

  /** Another place of the problem, with what stands there. */
  public record Related(Location location, String message) {}

  public SourceProblem {
    related = List.copyOf(related);
  }

  /** A problem of the file as a whole. */
  public SourceProblem(String message, Location location) {
    this(message, location, null);
  }

  public SourceProblem(String message, Location location, String pointer) {
    this(message, location, pointer, List.of());
  }
}
