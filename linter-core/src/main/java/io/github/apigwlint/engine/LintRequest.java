package io.github.apigwlint.engine;

import io.github.apigwlint.config.Config;
import java.nio.file.Path;
import java.util.List;

/**
 * One run: what to read and how.
 *
 * @param paths files and folders to read; folders are walked
 * @param workingDirectory paths in findings are shown relative to it
 */
public record LintRequest(List<Path> paths, Config config, Path workingDirectory) {

  public LintRequest {
    paths = List.copyOf(paths);
  }
}
