package io.github.apigwlint.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JVM options the distribution's launcher runs the linter with, for the floor runs compared with it. */
final class LauncherOptions {

  private static final Pattern DEFAULTS = Pattern.compile("(?m)^DEFAULT_JVM_OPTS='([^']*)'");

  private LauncherOptions() {}

  static List<String> of(Path launcher) {
    try {
      return parse(Files.readString(launcher));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The words of the launcher's {@code DEFAULT_JVM_OPTS}; none when it sets none. */
  static List<String> parse(String script) {
    Matcher defaults = DEFAULTS.matcher(script);
    if (!defaults.find() || defaults.group(1).isBlank()) {
      return List.of();
    }
    return Arrays.asList(defaults.group(1).strip().split("\\s+"));
  }
}
