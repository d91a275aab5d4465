package io.github.apigwlint.session;

import io.github.apigwlint.config.Globs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The files under source folders that include globs pick, for front ends that take includes (the Maven goal). */
public final class SourceFolders {

  private SourceFolders() {}

  /**
   * The files under {@code folders} whose path relative to their folder matches one of {@code
   * includes} and none of {@code excludes}, in path order; regular files only, symbolic links not
   * followed.
   */
  public static List<Path> matching(List<Path> folders, List<String> includes, List<String> excludes)
      throws LintSessionException {
    Set<Path> files = new TreeSet<>();
    for (Path folder : folders) {
      try (Stream<Path> walk = Files.walk(folder)) {
        // a symbolic link is not followed, which could lead out of the folder; nor is a FIFO or device read
        walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
            .filter(file -> matchesAny(includes, folder.relativize(file)) && !matchesAny(excludes, folder.relativize(file)))
            .forEach(files::add);
      } catch (IOException | UncheckedIOException e) {
        throw new LintSessionException("cannot list " + folder + ": " + e.getMessage(), e);
      }
    }
    return new ArrayList<>(files);
  }

  private static boolean matchesAny(List<String> globs, Path relative) {
    Path normalized = Path.of(relative.toString().replace('\\', '/'));
    return globs.stream().anyMatch(glob -> Globs.matches(glob, normalized));
  }
}
