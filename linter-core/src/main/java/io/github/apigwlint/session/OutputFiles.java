package io.github.apigwlint.session;

import io.github.apigwlint.baseline.BaselineException;
import io.github.apigwlint.baseline.BaselineFile;
import io.github.apigwlint.baseline.OutdatedBaselineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The files a run writes, checked against the files it reads before either happens: an output that
 * names an input would overwrite it. Paths compare as the file system resolves them (links followed),
 * or normalised when the file does not exist yet.
 */
final class OutputFiles {

  /** One file to write, and how the user named it. */
  record Output(Path file, String shown) {}

  private final Map<Path, String> inputs = new LinkedHashMap<>();

  /** An input, and what it is to the run, for the message. */
  OutputFiles input(Path file, String role) {
    inputs.putIfAbsent(real(file), role);
    return this;
  }

  OutputFiles inputs(List<Path> files, String role) {
    files.forEach(file -> input(file, role));
    return this;
  }

  /**
   * Refuses every output that is an input; {@code walk} lists the files the walk of the folders finds,
   * asked only when there is an output to check.
   *
   * @param previousBaseline an output a baseline is written to, which may be read as the previous
   *     baseline it updates; null when the run writes no baseline
   */
  void check(List<Output> outputs, Output previousBaseline, Supplier<List<Path>> walk) throws LintSessionException {
    if (outputs.isEmpty() && previousBaseline == null) {
      return;
    }
    Map<Path, String> walked = new LinkedHashMap<>();
    walk.get().forEach(file -> walked.putIfAbsent(real(file), "a file the walk of the checked folders finds"));
    for (Output output : outputs) {
      refuse(output, inputs.getOrDefault(real(output.file()), walked.get(real(output.file()))));
    }
    if (previousBaseline != null) {
      String role = inputs.get(real(previousBaseline.file()));
      if (role == null && walked.containsKey(real(previousBaseline.file())) && !isBaseline(previousBaseline.file())) {
        role = walked.get(real(previousBaseline.file()));
      }
      refuse(previousBaseline, role);
    }
  }

  private static void refuse(Output output, String role) throws LintSessionException {
    if (role != null) {
      throw new LintSessionException("will not write " + output.shown() + ": it is an input of this run (" + role
          + "); name another file");
    }
  }

  private static boolean isBaseline(Path file) {
    try {
      BaselineFile.read(file, file.toString());
      return true;
    } catch (OutdatedBaselineException e) {
      return true;
    } catch (BaselineException e) {
      return false;
    }
  }

  private static Path real(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      return Files.exists(absolute) ? absolute.toRealPath() : absolute;
    } catch (IOException e) {
      return absolute;
    }
  }
}
