package io.github.apigwlint.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archives this build made, unpacked into an empty folder and run as a user would: the launcher
 * finds the Java of JAVA_HOME or PATH and passes arguments and exit codes through.
 */
class DistributionTest {

  private static final String VERSION = System.getProperty("distribution.version");
  private static final Path TARBALL = Path.of(System.getProperty("distribution.tarball"));
  private static final Path ZIP = Path.of(System.getProperty("distribution.zip"));
  private static final Path UNPACKED = Path.of(System.getProperty("distribution.unpacked"));
  private static final String JAVA_HOME = System.getProperty("java.home");
  private static final String SYSTEM_PATH = "/usr/bin:/bin";
  private static final String TEMPLATE =
      """
      Resources:
        Api:
          Type: AWS::ApiGateway::RestApi
          Properties:
            Name: internal
            EndpointConfiguration:
              Types: [PRIVATE]
      """;

  @TempDir static Path folder;
  private static Path home;
  private static Path templates;

  @BeforeAll
  static void unpackTheTarball() throws IOException, InterruptedException {
    Path target = Files.createDirectory(folder.resolve("unpacked"));
    Process tar =
        new ProcessBuilder("tar", "-xzf", TARBALL.toString(), "-C", target.toString())
            .inheritIO()
            .start();
    assertThat(tar.waitFor()).isZero();
    home = target.resolve("apigw-lint-" + VERSION);
    templates = Files.createDirectories(folder.resolve("my templates"));
    Files.writeString(templates.resolve("api.yaml"), TEMPLATE);
  }

  /** The links point out of the temporary folder, which JUnit would rather not delete itself. */
  @AfterAll
  static void removeLinks() throws IOException {
    Files.deleteIfExists(folder.resolve("java-only/java"));
    Files.deleteIfExists(folder.resolve("links/apigw-lint"));
  }

  @Test
  void theArchivesHoldTheLaunchersTheJarAndTheTexts() throws IOException {
    List<String> expected =
        List.of(
            "CHANGELOG.md",
            "LICENSE",
            "NOTICE",
            "README.md",
            "bin/apigw-lint",
            "bin/apigw-lint.cmd",
            "lib/apigw-lint.jar");
    assertThat(files(home)).containsExactlyElementsOf(expected);
    assertThat(zipFiles()).containsExactlyElementsOf(expected);
    List<String> unpacked = new java.util.ArrayList<>(expected);
    unpacked.add("lib/apigw-lint.jsa");
    assertThat(files(UNPACKED)).containsExactlyElementsOf(unpacked);
    assertThat(Files.isExecutable(home.resolve("bin/apigw-lint"))).isTrue();
    assertThat(Files.readString(home.resolve("bin/apigw-lint.cmd"))).contains("\r\n");
  }

  @Test
  void theJarCarriesTheLicenceAndTheNotice() throws IOException {
    try (ZipFile jar = new ZipFile(home.resolve("lib/apigw-lint.jar").toFile())) {
      for (String text : List.of("LICENSE", "NOTICE")) {
        ZipEntry entry = jar.getEntry("META-INF/" + text);
        assertThat(entry).as("META-INF/" + text).isNotNull();
        assertThat(new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8))
            .isEqualTo(Files.readString(home.resolve(text)));
      }
    }
  }

  @Test
  void checksAFolderWithTheJavaOfJavaHome() throws IOException, InterruptedException {
    Run run = launch(Map.of("JAVA_HOME", JAVA_HOME, "PATH", SYSTEM_PATH), "check", "my templates");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("my templates/api.yaml:2:3: error private-api-without-policy ")
        .contains("1 error, 0 warnings, 0 notes");
  }

  @Test
  void findsJavaOnThePathThroughALinkToTheLauncher() throws IOException, InterruptedException {
    Path javaOnly = Files.createDirectories(folder.resolve("java-only"));
    Files.createSymbolicLink(javaOnly.resolve("java"), Path.of(JAVA_HOME, "bin", "java"));
    Path links = Files.createDirectories(folder.resolve("links"));
    Files.createSymbolicLink(links.resolve("apigw-lint"), home.resolve("bin/apigw-lint"));

    Run run =
        run(
            Map.of("PATH", javaOnly + ":" + SYSTEM_PATH),
            links.resolve("apigw-lint").toString(),
            "check",
            templates.resolve("api.yaml").toString(),
            "--fail-on",
            "never");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("private-api-without-policy");
  }

  /**
   * Java 17 to 19 map the archive only for the jar at the path it was made for: the unpacked copy
   * of this build, which the build's Java maps (or, told to share or fail, fails to start).
   */
  @Test
  void theUnpackedCopyMapsItsClassDataArchive() throws IOException, InterruptedException {
    Run run =
        run(
            Map.of(
                "JAVA_HOME", JAVA_HOME, "PATH", SYSTEM_PATH, "APIGW_LINT_JAVA_OPTS", "-Xshare:on"),
            UNPACKED.resolve("bin/apigw-lint").toString(),
            "check",
            "my templates");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("1 error, 0 warnings, 0 notes");
  }

  /**
   * Java refuses the archive of the build's unpacked copy moved elsewhere (before Java 20, it was made
   * for the jar at another path) as it refuses junk, without a word: the runs are as one without an archive.
   */
  @Test
  void aClassDataArchiveJavaRefusesChangesNothing() throws IOException, InterruptedException {
    Path withJunk = copyOfTheDistribution("with-junk-archive");
    Files.writeString(withJunk.resolve("lib/apigw-lint.jsa"), "not class data");
    Path moved = copyOfTheDistribution("with-moved-archive");
    Files.copy(UNPACKED.resolve("lib/apigw-lint.jsa"), moved.resolve("lib/apigw-lint.jsa"));
    Path without = copyOfTheDistribution("without-archive");
    Map<String, String> environment = Map.of("JAVA_HOME", JAVA_HOME, "PATH", SYSTEM_PATH);

    Run none = launch(without, environment, "check", "my templates");
    assertThat(none.exitCode()).as(none.err()).isEqualTo(1);
    assertThat(none.out()).contains("1 error, 0 warnings, 0 notes");
    for (Path installation : List.of(moved, withJunk)) {
      Run run = launch(installation, environment, "check", "my templates");
      assertThat(run).as(installation.toString()).isEqualTo(none);
    }
  }

  @Test
  void printsTheVersionCommitAndBuildDate() throws IOException, InterruptedException {
    Run run = launch(Map.of("JAVA_HOME", JAVA_HOME, "PATH", SYSTEM_PATH), "--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .matches(
            "apigw-lint \\Q"
                + VERSION
                + "\\E \\(commit ([0-9a-f]{7,}|unknown), built \\d{4}-\\d\\d-\\d\\d\\)\n");
  }

  @Test
  void aUsageErrorExitsTwo() throws IOException, InterruptedException {
    Run run =
        launch(
            Map.of("JAVA_HOME", JAVA_HOME, "PATH", SYSTEM_PATH), "check", "--fail-on", "some day");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("some day");
  }

  @Test
  void refusesAJavaHomeWithoutJava() throws IOException, InterruptedException {
    Path empty = Files.createDirectories(folder.resolve("not-a-jdk"));
    Run run = launch(Map.of("JAVA_HOME", empty.toString(), "PATH", SYSTEM_PATH), "--version");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "apigw-lint: JAVA_HOME is "
                + empty
                + ", which has no bin/java; set it to a Java 17 or later installation\n");
  }

  @Test
  void refusesAJavaOlderThan17() throws IOException, InterruptedException {
    Path old = Files.createDirectories(folder.resolve("jdk-11/bin"));
    Files.writeString(old.resolve("../release"), "JAVA_VERSION=\"11.0.22\"\n");
    Files.writeString(old.resolve("java"), "#!/bin/sh\nexit 0\n");
    old.resolve("java").toFile().setExecutable(true);

    Run run =
        launch(Map.of("JAVA_HOME", old.getParent().toString(), "PATH", SYSTEM_PATH), "--version");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("is Java 11; apigw-lint needs Java 17 or later");
  }

  @Test
  void bothLaunchersUseTheDefaultJvmOptionsTheReadmeNames() throws IOException {
    String options = "-XX:+UseSerialGC -Xms64m -XX:MaxNewSize=32m -Xshare:auto";
    assertThat(Files.readString(home.resolve("README.md")))
        .contains("launchers start Java with `" + options + "`");
    assertThat(Files.readString(home.resolve("bin/apigw-lint")))
        .contains("DEFAULT_JVM_OPTS='" + options + "'");
    assertThat(Files.readString(home.resolve("bin/apigw-lint.cmd")))
        .contains("set \"DEFAULT_JVM_OPTS=" + options + "\"");
  }

  private static Run launch(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    return launch(home, environment, args);
  }

  private static Run launch(Path installation, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of("/bin/sh", installation.resolve("bin/apigw-lint").toString()));
    Collections.addAll(command, args);
    return run(environment, command.toArray(String[]::new));
  }

  private static Run run(Map<String, String> environment, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    Path out = Files.createTempFile(folder, "out", ".txt");
    Path err = Files.createTempFile(folder, "err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    int exitCode = builder.start().waitFor();
    return new Run(
        exitCode,
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static Path copyOfTheDistribution(String name) throws IOException {
    Path copy = folder.resolve(name);
    try (Stream<Path> files = Files.walk(home)) {
      for (Path file : files.toList()) {
        Files.copy(file, copy.resolve(home.relativize(file).toString()));
      }
    }
    return copy;
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> root.relativize(file).toString())
          .sorted()
          .toList();
    }
  }

  private static List<String> zipFiles() throws IOException {
    String base = "apigw-lint-" + VERSION + "/";
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      return zip.stream()
          .filter(entry -> !entry.isDirectory())
          .map(ZipEntry::getName)
          .peek(name -> assertThat(name).startsWith(base))
          .map(name -> name.substring(base.length()))
          .sorted()
          .toList();
    }
  }

  private record Run(int exitCode, String out, String err) {}
}
