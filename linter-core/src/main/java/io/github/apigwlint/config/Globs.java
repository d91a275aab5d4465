package io.github.apigwlint.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;

/**
 * Path globs of the configuration, as users write them in {@code .gitignore}-like files: a leading
 * {@code **}{@code /} also matches no folder at all, which Java's glob syntax does not do.
 */
public final class Globs {

  private static final String ANY_FOLDERS = "**/";

  private Globs() {}

  public static boolean matches(String glob, Path path) {
    if (FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(path)) {
      return true;
    }
    return glob.startsWith(ANY_FOLDERS) && matches(glob.substring(ANY_FOLDERS.length()), path);
  }
}
