package io.github.apigwlint.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The peer row: cfn-guard with the API Gateway rules of AWS Control Tower (through the peers'
 * {@code cfn-guard.sh --apigw-only}) on the corpus files it can read, side by side with the floor of
 * the same files. cfn-guard stops at the first file it cannot parse, so those are found first (by
 * halving) and left out. A peer that is missing or fails never fails the benchmark: it gives a
 * note instead of a row.
 */
final class CfnGuardPeer {

  /** cfn-guard's exit codes of a run that read every file: all rules passed, or some failed. */
  private static final List<Integer> READ_ALL = List.of(0, 19);

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
    if (!Files.isRegularFile(script()) || exitCode(List.of("--version")) != 0) {
      notes.add("cfn-guard: not installed (run " + peers.resolve("setup.sh") + ")");
      return Optional.empty();
    }
    List<Path> candidates = jsonAndYaml(flat);
    List<Path> readable = readable(candidates);
    readable.forEach(file -> CorpusCopies.copy(file, folder.resolve(file.getFileName().toString())));
    String work = "peer: cfn-guard `--apigw-only` on the " + readable.size() + " JSON/YAML files it parses";
    System.err.println("measuring: " + work);
    Command guard = Command.of(List.of(script().toString(), "--apigw-only", "--format", "single-line-summary",
        folder.toString())).exitingWith(READ_ALL.toArray(Integer[]::new));
    try {
      List<Measurement> medians = measurement.medians(List.of(guard, floor.apply(folder)), repeat);
      Row row = new Row(work, medians.get(0), Optional.of(medians.get(1)));
      notes.add("cfn-guard: " + (candidates.size() - readable.size()) + " of the " + candidates.size()
          + " JSON/YAML files left out: cfn-guard stops at them (\"Parser Error\").");
      return Optional.of(row);
    } catch (IllegalStateException failed) {
      notes.add("cfn-guard: did not run: " + failed.getMessage());
      return Optional.empty();
    }
  }

  /** The files cfn-guard reads: all of them when it reads them together, else those of each half. */
  private List<Path> readable(List<Path> files) {
    if (files.isEmpty() || READ_ALL.contains(exitCode(data(files)))) {
      return files;
    }
    if (files.size() == 1) {
      return List.of();
    }
    List<Path> readable = new ArrayList<>(readable(files.subList(0, files.size() / 2)));
    readable.addAll(readable(files.subList(files.size() / 2, files.size())));
    return readable;
  }

  private static List<String> data(List<Path> files) {
    List<String> arguments = new ArrayList<>(List.of("--apigw-only", "--format", "single-line-summary"));
    files.forEach(file -> arguments.add(file.toString()));
    return arguments;
  }

  private int exitCode(List<String> arguments) {
    List<String> command = new ArrayList<>(List.of(script().toString()));
    command.addAll(arguments);
    try {
      return new ProcessBuilder(command)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private Path script() {
    return peers.resolve("cfn-guard.sh");
  }

  /** The files of {@code flat} that are not HCL (cfn-guard reads only JSON and YAML) and parse. */
  private static List<Path> jsonAndYaml(Path flat) {
    try (Stream<Path> files = Files.list(flat)) {
      return files
          .filter(file -> {
            String text = ParseFloor.read(file);
            return FloorParser.of(file, text) != FloorParser.HCL && FloorParser.parses(file, text);
          })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
