package io.github.apigwlint.session;

import java.nio.file.Path;

/** How paths appear in messages and findings: relative to the working directory when inside it, with {@code /}. */
public final class DisplayPath {

  private DisplayPath() {}

  public static String of(Path path, Path workingDirectory) {
    Path absolute = path.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}
