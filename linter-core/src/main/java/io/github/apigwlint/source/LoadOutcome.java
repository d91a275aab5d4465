package io.github.apigwlint.source;

/** What became of one file: parsed, passed over (with a note for verbose output), or a problem. */
public sealed interface LoadOutcome {

  record Loaded(SourceFile file) implements LoadOutcome {}

  record Skipped(String reason) implements LoadOutcome {}

  record Failed(SourceProblem problem) implements LoadOutcome {}
}
