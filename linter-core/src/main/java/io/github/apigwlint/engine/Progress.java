package io.github.apigwlint.engine;

/**
 * Observes a run, for front ends that show progress. Called from the threads that read files, so
 * implementations must be thread-safe and cheap; the default does nothing.
 */
public interface Progress {

  /** Does nothing. */
  Progress NONE = new Progress() {};

  /** The files to read are known. */
  default void filesFound(int total) {}

  /** One more file was read; {@code done} counts up to {@code total}. */
  default void fileRead(int done, int total) {}

  /** The run is over (also after a failure). */
  default void finished() {}
}
