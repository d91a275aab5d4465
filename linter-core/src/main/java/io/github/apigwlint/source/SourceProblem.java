package io.github.apigwlint.source;

import java.util.List;

/**
 * A file that could not be read or parsed, or a configuration that cannot stand as written. It
 * becomes a {@code parse-error} finding; the run goes on with the other files.
 *
 * @param related other places the problem involves (the second of two declarations)
 */
public record SourceProblem(String message, Location location, List<Related> related) {

  /** Another place of the problem, with what stands there. */
  public record Related(Location location, String message) {}

  public SourceProblem {
    related = List.copyOf(related);
  }

  public SourceProblem(String message, Location location) {
    this(message, location, List.of());
  }
}
