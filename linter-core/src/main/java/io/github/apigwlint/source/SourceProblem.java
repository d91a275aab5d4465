package io.github.apigwlint.source;

/**
 * A file that could not be read or parsed. It becomes a {@code parse-error} finding; the run goes on
 * with the other files.
 */
public record SourceProblem(String message, Location location) {}
