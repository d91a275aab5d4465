package io.github.apigwlint.source;

import java.util.List;

/**
 * A file, or a part of one, that could not be read, analysed within the run's limits, or that stands
 * as no tool would deploy it. It becomes a finding of the engine's rule for its {@link Kind}; the run
 * goes on with the other files.
 *
 * @param pointer the JSON pointer of the value the problem is about, or null for the whole file
 * @param related other places the problem involves (the other declarations of one address)
 * @param detail what only verbose output shows (where apigw-lint failed, for an internal error), or null
 */
public record SourceProblem(Kind kind, String message, Location location, String pointer, List<Related> related, String detail) {

  /** What went wrong, each the finding of one of the engine's rules. */
  public enum Kind {
    /** Cannot be read or parsed, or a configuration that cannot stand as written: {@code parse-error}. */
    PARSE_ERROR("parse-error"),
    /** Past one of the run's {@link Limits}: {@code limit-exceeded}. */
    LIMIT_EXCEEDED("limit-exceeded"),
    /** Past the time one file may take: {@code analysis-timeout}. */
    ANALYSIS_TIMEOUT("analysis-timeout"),
    /** A defect of apigw-lint met while reading or analysing the file: {@code internal-error}. */
    INTERNAL_ERROR("internal-error"),
    /** A key written twice in one mapping: {@code duplicate-key}. */
    DUPLICATE_KEY("duplicate-key");

    private final String ruleId;

    Kind(String ruleId) {
      this.ruleId = ruleId;
    }

    public String ruleId() {
      return ruleId;
    }
  }

  /** Another place of the problem, with what stands there. */
  public record Related(Location location, String message) {}

  public SourceProblem {
    related = List.copyOf(related);
  }

  public SourceProblem(Kind kind, String message, Location location, String pointer, List<Related> related) {
    this(kind, message, location, pointer, related, null);
  }

  public SourceProblem(String message, Location location, String pointer, List<Related> related) {
    this(Kind.PARSE_ERROR, message, location, pointer, related);
  }

  /** A problem of the file as a whole. */
  public SourceProblem(String message, Location location) {
    this(message, location, null);
  }

  public SourceProblem(String message, Location location, String pointer) {
    this(message, location, pointer, List.of());
  }

  /** The finding for a defect of apigw-lint met in the file: what was thrown and where, briefly. */
  public static SourceProblem internalError(Throwable thrown, Location location) {
    return new SourceProblem(Kind.INTERNAL_ERROR, InternalErrors.describe(thrown), location, null, List.of(), InternalErrors.stack(thrown));
  }
}
