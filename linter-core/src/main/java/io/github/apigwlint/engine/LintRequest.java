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
 * @param threads how many threads read files and analyse the variants of a run; the findings are the
 *     same whatever the number
 */
public record LintRequest(
    List<Path> paths,
    Config config,
    Path workingDirectory,
    Progress progress,
    List<String> excludes,
    List<Document> documents,
    int threads) {

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
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
  }

  /** A run on every processor of the machine. */
  public LintRequest(
      List<Path> paths, Config config, Path workingDirectory, Progress progress, List<String> excludes, List<Document> documents) {
    this(paths, config, workingDirectory, progress, excludes, documents, Runtime.getRuntime().availableProcessors());
  }

  /** The same run on {@code count} threads. */
  public LintRequest withThreads(int count) {
    return new LintRequest(paths, config, workingDirectory, progress, excludes, documents, count);
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
