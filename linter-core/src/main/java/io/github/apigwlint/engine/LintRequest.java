package io.github.apigwlint.engine;

import io.github.apigwlint.config.Config;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One run: what to read and how.
 *
 * @param paths files and folders to read; folders are walked
 * @param workingDirectory paths in findings are shown relative to it
 * @param progress told as files are read; {@link Progress#NONE} for silence
 * @param excludes path globs relative to the working directory never read, besides the
 *     configuration's (which are relative to its file)
 */
public record LintRequest(List<Path> paths, Config config, Path workingDirectory, Progress progress, List<String> excludes) {

  public LintRequest {
    paths = List.copyOf(paths);
    progress = Objects.requireNonNullElse(progress, Progress.NONE);
    excludes = List.copyOf(excludes);
  }

  /** A run that excludes only what the configuration excludes. */
  public LintRequest(List<Path> paths, Config config, Path workingDirectory, Progress progress) {
    this(paths, config, workingDirectory, progress, List.of());
  }

  /** A run that reports no progress. */
  public LintRequest(List<Path> paths, Config config, Path workingDirectory) {
    this(paths, config, workingDirectory, Progress.NONE, List.of());
  }
}
