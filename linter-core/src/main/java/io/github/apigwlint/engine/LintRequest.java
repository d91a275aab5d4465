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
 * @param documents documents read from elsewhere than files, such as standard input
 */
public record LintRequest(
    List<Path> paths, Config config, Path workingDirectory, Progress progress, List<String> excludes, List<Document> documents) {

  /**
   * A document that is not a file: it is read as a file of this name in the working directory would
   * be (the extension picks the parser; without one, the first character does), and nothing is
   * read from or written to disk for it.
   *
   * @param name shown in findings, and matched by configuration globs
   */
  public record Document(String name, byte[] content) {}

  public LintRequest {
    paths = List.copyOf(paths);
    progress = Objects.requireNonNullElse(progress, Progress.NONE);
    excludes = List.copyOf(excludes);
    documents = List.copyOf(documents);
  }

  /** A run of files alone that excludes only what the configuration excludes. */
  public LintRequest(List<Path> paths, Config config, Path workingDirectory, Progress progress) {
    this(paths, config, workingDirectory, progress, List.of(), List.of());
  }

  /** A run that reports no progress. */
  public LintRequest(List<Path> paths, Config config, Path workingDirectory) {
    this(paths, config, workingDirectory, Progress.NONE);
  }
}
