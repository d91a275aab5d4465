package io.github.apigwlint.engine;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.config.Globs;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.SourceLoader;
import io.github.apigwlint.source.SourceProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Expands the paths of a run into the files to read: named files always, files under named folders
 * when their extension is one we read. Version-control and dependency folders are never entered;
 * symbolic-link loops are reported, not followed forever.
 */
final class FileCollector {

  private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".hg", ".svn", "node_modules", "target", ".terraform");

  private final Path workingDirectory;
  private final Config config;
  private final List<String> excludes;
  private final List<SourceProblem> problems = new ArrayList<>();
  private final List<Path> missing = new ArrayList<>();

  FileCollector(LintRequest request) {
    this(request.workingDirectory(), request.config(), request.excludes());
  }

  /**
   * @param excludeGlobs globs relative to the working directory, besides the configuration's
   */
  FileCollector(Path workingDirectory, Config config, List<String> excludeGlobs) {
    this.workingDirectory = workingDirectory;
    this.config = config;
    this.excludes = List.copyOf(excludeGlobs);
  }

  List<Path> collect(List<Path> roots) {
    Set<Path> files = new TreeSet<>();
    for (Path root : roots) {
      Path absolute = workingDirectory.resolve(root).normalize();
      if (Files.isRegularFile(absolute)) {
        files.add(absolute);
      } else if (Files.isDirectory(absolute)) {
        walk(absolute, files);
      } else {
        missing.add(root);
      }
    }
    return new ArrayList<>(files);
  }

  /** Paths the user named that do not exist. */
  List<Path> missing() {
    return missing;
  }

  /** Files and folders that could not be read. */
  List<SourceProblem> problems() {
    return problems;
  }

  String display(Path file) {
    Path relative = file.startsWith(workingDirectory) ? workingDirectory.relativize(file) : file;
    return relative.toString().replace('\\', '/');
  }

  private boolean excluded(Path file) {
    String display = display(file);
    Path relative = Path.of(display);
    return config.excludes(file, display) || excludes.stream().anyMatch(glob -> Globs.matches(glob, relative));
  }

  private void walk(Path root, Set<Path> files) {
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(root) && (SKIPPED_FOLDERS.contains(String.valueOf(dir.getFileName())) || excluded(dir))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          Optional<List<Path>> stackTemplates = CdkAssembly.templates(dir);
          if (stackTemplates.isPresent()) {
            stackTemplates.get().stream().map(Path::normalize).filter(t -> !excluded(t)).forEach(files::add);
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && SourceLoader.isCandidate(file) && !excluded(file)) {
            files.add(file.normalize());
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          problems.add(new SourceProblem("not read: " + describe(e), Location.ofFile(display(file))));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(IOException e) {
    return e instanceof java.nio.file.FileSystemLoopException ? "symbolic link loop" : e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
