package io.github.apigwlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a committed file. Run with {@code -Dgolden.update=true} to rewrite the files
 * after an intended change, then review the diff.
 */
final class GoldenFiles {

  private static final Path FOLDER = Path.of("src/test/resources/io/github/apigwlint/report/golden");

  private GoldenFiles() {}

  static void assertMatches(String actual, String name) throws IOException {
    Path file = FOLDER.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, actual);
    }
    assertThat(actual).isEqualTo(Files.readString(file));
  }
}
