package io.github.apigwlint.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command as a child process, one run after the other, and measures each run: wall time
 * here, CPU time and peak RSS through {@code /usr/bin/time} when it exists (else those are n/a).
 * The child's output goes to files in the scratch folder, so that writing it costs the same in
 * every run.
 */
final class ProcessMeasurement {

  private static final Path TIME = Path.of("/usr/bin/time");

  private final Path scratch;
  private final long timeoutSeconds;
  private final boolean timeAvailable = Files.isExecutable(TIME);

  ProcessMeasurement(Path scratch, long timeoutSeconds) {
    this.scratch = scratch;
    this.timeoutSeconds = timeoutSeconds;
  }

  /**
   * The medians of {@code repeat} runs of each command, taken in turns, so that a machine whose speed
   * drifts from minute to minute slows each alike; a command that does not finish in time runs no more.
   */
  List<Measurement> medians(List<Command> commands, int repeat) {
    List<List<Measurement>> runs = new ArrayList<>();
    commands.forEach(command -> runs.add(new ArrayList<>()));
    for (int i = 0; i < repeat; i++) {
      for (int c = 0; c < commands.size(); c++) {
        List<Measurement> done = runs.get(c);
        if (done.isEmpty() || done.get(done.size() - 1).finished()) {
          done.add(once(commands.get(c)));
        }
      }
    }
    return runs.stream().map(Measurement::median).toList();
  }

  Measurement once(Command command) {
    Path usage = scratch.resolve("usage.txt");
    Path output = scratch.resolve("stdout.txt");
    Path errors = scratch.resolve("stderr.txt");
    List<String> arguments = new ArrayList<>();
    if (timeAvailable) {
      arguments.addAll(List.of(TIME.toString(), "-f", TimeReport.FORMAT, "-o", usage.toString()));
    }
    arguments.addAll(command.arguments());
    ProcessBuilder builder = new ProcessBuilder(arguments)
        .redirectOutput(output.toFile())
        .redirectError(errors.toFile());
    builder.environment().putAll(command.environment());
    try {
      Files.deleteIfExists(usage);
      long start = System.nanoTime();
      Process process = builder.start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        stop(process);
        return Measurement.stoppedAfter(timeoutSeconds);
      }
      double wall = (System.nanoTime() - start) / 1e9;
      if (!command.expectedExits().contains(process.exitValue())) {
        throw new IllegalStateException(String.join(" ", command.arguments()) + " exited with " + process.exitValue()
            + ":\n" + tail(errors));
      }
      return Measurement.finished(wall, timeAvailable ? TimeReport.parse(Files.readString(usage)) : Optional.empty());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void stop(Process process) throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor();
  }

  private static String tail(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }
}
