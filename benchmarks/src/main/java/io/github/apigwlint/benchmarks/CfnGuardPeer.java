package io.github.apigwlint.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The peer row: cfn-guard with the API Gateway rules of AWS Control Tower (through the peers'
 * {@code cfn-guard.sh --apigw-only}) on the corpus files it can read, the JSON and YAML ones that
 * parse, side by side with the floor of the same files. A peer that is missing or fails never fails
 * the benchmark: it gives a note instead of a row.
 */
final class CfnGuardPeer {

  private final Path peers;
  private final ProcessMeasurement measurement;
  private final int repeat;

  CfnGuardPeer(Path peers, ProcessMeasurement measurement, int repeat) {
    this.peers = peers;
    this.measurement = measurement;
    this.repeat = repeat;
  }

  /**
   * The row of cfn-guard on the files of {@code flat} it can read, copied to {@code folder}; empty,
   * with a note saying why, when it is not installed or did not run.
   */
  Optional<Row> row(Path flat, Path folder, Function<Path, Command> floor, List<String> notes) {
    if (!installed()) {
      notes.add("cfn-guard: not installed (run " + peers.resolve("setup.sh") + ")");
      return Optional.empty();
    }
    int count = copyReadable(flat, folder);
    String work = "peer: cfn-guard `--apigw-only` on the " + count + " JSON/YAML files that parse";
    System.err.println("measuring: " + work);
    Command guard = Command.of(List.of(script().toString(), "--apigw-only", "--format", "single-line-summary",
        folder.toString())).exitingWith(0, 19);
    try {
      return Optional.of(new Row(work, measurement.median(guard, repeat), Optional.of(measurement.median(floor.apply(folder), repeat))));
    } catch (IllegalStateException failed) {
      notes.add("cfn-guard: did not run: " + failed.getMessage());
      return Optional.empty();
    }
  }

  private boolean installed() {
    if (!Files.isRegularFile(script())) {
      return false;
    }
    try {
      return measurement.once(Command.of(List.of(script().toString(), "--version"))).finished();
    } catch (IllegalStateException notInstalled) {
      return false;
    }
  }

  private Path script() {
    return peers.resolve("cfn-guard.sh");
  }

  /** Copies the JSON and YAML files of {@code flat} that parse; cfn-guard reads no HCL. */
  static int copyReadable(Path flat, Path folder) {
    try (Stream<Path> files = Files.list(flat)) {
      List<Path> readable = files
          .filter(file -> {
            String text = ParseFloor.read(file);
            return FloorParser.of(file, text) != FloorParser.HCL && FloorParser.parses(file, text);
          })
          .toList();
      readable.forEach(file -> CorpusCopies.copy(file, folder.resolve(file.getFileName().toString())));
      return readable.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
