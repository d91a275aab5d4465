package io.github.apigwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * NOTICE names every library the runnable jar bundles, at the version it bundles: the build writes
 * the command's runtime dependencies (what the shade plugin packs) to a file this test reads.
 */
class NoticeTest {

  /** A line of {@code dependency:list}: {@code group:artifact:jar:version:scope} and more. */
  private static final Pattern DEPENDENCY =
      Pattern.compile("^\\s+([^:\\s]+):([^:\\s]+):jar:([^:\\s]+):(compile|runtime)\\b");

  @Test
  void listsEveryBundledLibraryWithItsVersion() throws IOException {
    List<String> bundled = bundledLibraries();
    String notice = Files.readString(Path.of(System.getProperty("notice.file")));

    assertThat(bundled)
        .as("libraries bundled in apigw-lint.jar, as the build listed them")
        .anyMatch(library -> library.startsWith("info.picocli:picocli:"))
        .anyMatch(library -> library.startsWith("org.antlr:antlr4-runtime:"));
    assertThat(bundled)
        .allSatisfy(
            library ->
                assertThat(notice)
                    .as("NOTICE must list %s (name, version, licence, project URL)", library)
                    .contains("- " + library + "\n"));
  }

  private static List<String> bundledLibraries() throws IOException {
    return Files.readAllLines(Path.of(System.getProperty("bundled.dependencies"))).stream()
        .map(DEPENDENCY::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1) + ":" + m.group(2) + ":" + m.group(3))
        .toList();
  }
}
