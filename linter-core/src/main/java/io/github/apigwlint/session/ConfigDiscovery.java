package io.github.apigwlint.session;

import io.github.apigwlint.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration file of a run that names none: for each path, the nearest {@code
 * .apigw-lint.yaml} at or above it, up to the repository root (the nearest folder holding {@code
 * .git}) or, outside a repository, up to the working directory; else the working directory's. So
 * checking {@code infra/} from the top of a repository reads {@code infra/.apigw-lint.yaml}, as
 * checking {@code .} inside {@code infra/} does.
 */
final class ConfigDiscovery {

  private ConfigDiscovery() {}

  /**
   * @throws LintSessionException when two paths have different nearest files: which one holds is
   *     the user's choice
   */
  static Optional<Path> nearest(Path workingDirectory, List<Path> paths) throws LintSessionException {
    Map<Path, Path> fileByPath = new LinkedHashMap<>();
    for (Path path : paths.isEmpty() ? List.of(Path.of("")) : paths) {
      nearest(workingDirectory, workingDirectory.resolve(path).normalize())
          .ifPresent(file -> fileByPath.put(path, file));
    }
    List<Path> files = fileByPath.values().stream().distinct().toList();
    if (files.size() > 1) {
      Path first = fileByPath.keySet().iterator().next();
      Path other = fileByPath.entrySet().stream()
          .filter(entry -> !entry.getValue().equals(files.get(0))).findFirst().orElseThrow().getKey();
      throw new LintSessionException(first + " and " + other + " have different configuration files, "
          + DisplayPath.of(files.get(0), workingDirectory) + " and " + DisplayPath.of(fileByPath.get(other), workingDirectory)
          + "; check them in separate runs, or choose one with --config");
    }
    return files.stream().findFirst().or(() -> ConfigLoader.find(workingDirectory));
  }

  private static Optional<Path> nearest(Path workingDirectory, Path input) {
    Path folder = Files.isDirectory(input) ? input : input.getParent();
    boolean inRepository = repositoryRoot(folder).isPresent();
    for (Path at = folder; at != null; at = at.getParent()) {
      Optional<Path> file = ConfigLoader.find(at);
      if (file.isPresent()) {
        return file;
      }
      boolean last = inRepository ? Files.exists(at.resolve(".git")) : at.equals(workingDirectory);
      if (last) {
        break;
      }
      if (!inRepository && !at.startsWith(workingDirectory)) {
        break;
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> repositoryRoot(Path folder) {
    for (Path at = folder; at != null; at = at.getParent()) {
      if (Files.exists(at.resolve(".git"))) {
        return Optional.of(at);
      }
    }
    return Optional.empty();
  }
}
