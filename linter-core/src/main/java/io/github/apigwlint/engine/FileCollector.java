package io.github.apigwlint.engine;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.config.ConfigLoader;
import io.github.apigwlint.config.Globs;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.ReadFailure;
import io.github.apigwlint.source.SourceLoader;
import io.github.apigwlint.source.SourceProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Expands the paths of a run into the files to read: named files always, files under named folders
 * when their extension is one we read. Version-control and dependency folders are never entered.
 *
 * <p>Only regular files are read, never a FIFO, device or socket, which could block a read forever.
 * The walk does not follow symbolic links: a link to a file inside the checked folders (the folders
 * the user named) stands for that file, read once under its own path; a link to a folder inside them
 * adds nothing, since the walk reaches that folder itself; a link that leads outside them, to nothing,
 * or round in a loop is passed over with a note. So a link to {@code /} cannot walk the disk, and
 * folders linked to each other cannot multiply the walk. A path the user names that is itself a link
 * is followed: the user asked for it.
 */
final class FileCollector {

  private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".hg", ".svn", "node_modules", "target", ".terraform");

  private final Path workingDirectory;
  private final Config config;
  private final List<String> excludes;
  private final List<SourceProblem> problems = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
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

  /**
   * A named folder: where the walk starts, as the paths of the run spell it ({@code walked}), and
   * where it really is, symbolic links followed ({@code real}).
   */
  private record Folder(Path walked, Path real) {

    /** The path under {@code walked} of {@code target}, a real path, if it lies inside this folder. */
    Optional<Path> spell(Path target) {
      return target.startsWith(real) ? Optional.of(walked.resolve(real.relativize(target))) : Optional.empty();
    }
  }

  List<Path> collect(List<Path> roots) {
    Set<Path> files = new TreeSet<>();
    List<Folder> folders = new ArrayList<>();
    for (Path root : roots) {
      Path absolute = workingDirectory.resolve(root).normalize();
      Path real;
      BasicFileAttributes attributes;
      try {
        real = absolute.toRealPath();
        attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        missing.add(root);
        continue;
      } catch (IOException e) {
        problems.add(new SourceProblem("cannot read: " + ReadFailure.reason(e), Location.ofFile(display(absolute))));
        continue;
      }
      // a named link is followed, but read under its target's path, which is no link
      Path walked = Files.isSymbolicLink(absolute) ? real : absolute;
      if (attributes.isRegularFile()) {
        files.add(walked);
      } else if (attributes.isDirectory()) {
        folders.add(new Folder(walked, real));
      } else {
        problems.add(new SourceProblem("not a regular file", Location.ofFile(display(absolute))));
      }
    }
    List<Path> links = new ArrayList<>();
    folders.forEach(folder -> walk(folder, files, links));
    links.forEach(link -> followInside(link, folders, files));
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

  /** What the walk passed over and why, one line each, for verbose output. */
  List<String> notes() {
    return notes.stream().sorted().toList();
  }

  String display(Path file) {
    Path relative = file.startsWith(workingDirectory) ? workingDirectory.relativize(file) : file;
    return relative.toString().replace('\\', '/');
  }

  /** Excluded by a glob, or apigw-lint's own configuration, which is never an input of a run. */
  private boolean excluded(Path file) {
    if (ConfigLoader.FILE_NAMES.contains(file.getFileName().toString())) {
      return true;
    }
    String display = display(file);
    Path relative = Path.of(display);
    return config.excludes(file, display) || excludes.stream().anyMatch(glob -> Globs.matches(glob, relative));
  }

  /** Walks {@code folder} without following links: regular files to {@code files}, links to {@code links}. */
  private void walk(Folder folder, Set<Path> files, List<Path> links) {
    Path root = folder.walked();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(root) && (SKIPPED_FOLDERS.contains(String.valueOf(dir.getFileName())) || excluded(dir))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          Optional<CdkAssembly> assembly = CdkAssembly.in(dir, FileCollector.this::display);
          if (assembly.isPresent()) {
            assembly.get().templates().stream().filter(t -> !excluded(t)).forEach(files::add);
            problems.addAll(assembly.get().problems());
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isSymbolicLink()) {
            links.add(file);
          } else if (SourceLoader.isCandidate(file) && !excluded(file)) {
            if (attrs.isRegularFile()) {
              files.add(file);
            } else {
              notes.add(display(file) + ": skipped, not a regular file");
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          problems.add(new SourceProblem("cannot read folder: " + ReadFailure.reason(e), Location.ofFile(display(file))));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The file a link found by the walk leads to, when it lies inside the checked folders; a link to a
   * folder adds nothing, since the walk reaches every folder inside them itself.
   */
  private void followInside(Path link, List<Folder> folders, Set<Path> files) {
    Path target;
    try {
      target = link.toRealPath();
    } catch (IOException e) {
      notes.add(display(link) + ": skipped, symbolic link " + (isLoop(e) ? "loop" : "to nothing"));
      return;
    }
    Optional<Path> inside = folders.stream().map(folder -> folder.spell(target)).flatMap(Optional::stream).findFirst();
    if (inside.isEmpty()) {
      notes.add(display(link) + ": skipped, symbolic link to a place outside the checked folders");
      return;
    }
    Path file = inside.get();
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) || !SourceLoader.isCandidate(file) || excluded(file)) {
      return;
    }
    if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      files.add(file);
    } else {
      notes.add(display(link) + ": skipped, not a regular file");
    }
  }

  private static boolean isLoop(IOException e) {
    return e instanceof FileSystemException failure && failure.getReason() != null && failure.getReason().contains("symbolic links");
  }
}
