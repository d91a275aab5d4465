package io.github.apigwlint.fuzz;

/**
 * How long one target fuzzes when {@code JAZZER_FUZZ} is set; the normal build only replays each
 * target's inputs. {@code benchmarks/fuzz.sh} runs every target for a time of its own choosing.
 */
final class FuzzRuns {

  static final String DURATION = "60s";

  private FuzzRuns() {}
}
