package io.github.apigwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The GitHub Action ({@code action.yml}): documented, on the released distribution by default, leaving the job's Java alone. */
class ActionTest {

  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  private static final String BUILD_FROM_SOURCE = "inputs.build-from-source == 'true'";

  private final Map<String, Object> action = load();

  @Test
  void everyInputIsInTheReadmesTableWithItsDefault() throws IOException {
    String inCi = Markdown.section(Files.readString(REPOSITORY.resolve("README.md")), "In CI");
    Map<String, Map<String, Object>> inputs = map(action.get("inputs"));
    assertThat(inputs).isNotEmpty();
    inputs.forEach((name, input) -> {
      String fallback = String.valueOf(input.getOrDefault("default", ""));
      String defaultCell = fallback.isEmpty() ? "" : "`" + fallback + "`";
      assertThat(inCi).as("README \"In CI\" row of input " + name).containsPattern(
          "(?m)^\\| `" + Pattern.quote(name) + "` \\| " + Pattern.quote(defaultCell) + " *\\|");
    });
  }

  @Test
  void theSarifIsUploadedWithUploadSarifV4OnlyWhereTheTokenMayWriteIt() {
    List<Map<String, Object>> uploads = steps().stream().filter(step -> uses(step).contains("upload-sarif")).toList();
    assertThat(uploads).isNotEmpty().allSatisfy(step -> {
      assertThat(uses(step)).isEqualTo("github/codeql-action/upload-sarif@v4");
      assertThat(condition(step)).contains("steps.upload-gate.outputs.upload == 'true'");
    });
    String gate = run(step("upload-gate"));
    assertThat(gate).contains("::notice::", "HEAD_REPOSITORY\" != \"$REPOSITORY\"", "$UPLOAD\" != true");
  }

  @Test
  void onlyAStepAskedForBuildsFromSource() {
    assertThat(steps()).filteredOn(step -> run(step).contains("mvnw"))
        .isNotEmpty()
        .allSatisfy(step -> assertThat(condition(step)).isEqualTo(BUILD_FROM_SOURCE));
    assertThat(condition(step("download"))).contains("inputs.build-from-source != 'true'");
  }

  @Test
  void javaIsSetUpOnlyWhenTheRunnerHasNoneRecentEnoughAndTheJobKeepsItsOwn() {
    List<Map<String, Object>> setups = steps().stream().filter(step -> uses(step).startsWith("actions/setup-java@")).toList();
    assertThat(setups).singleElement().satisfies(step -> assertThat(condition(step)).isEqualTo("steps.java.outputs.home == ''"));
    assertThat(condition(step("setup-java"))).isEqualTo("steps.java.outputs.home == ''");
    assertThat(run(step("setup-java"))).contains("echo \"JAVA_HOME=$PREVIOUS_JAVA_HOME\" >> \"$GITHUB_ENV\"");
    assertThat(steps()).noneSatisfy(step -> assertThat(run(step)).contains("GITHUB_PATH"));
    assertThat(map(step("check").get("env"))).containsKey("JAVA_HOME");
  }

  @Test
  void theDownloadNamesTheReleaseAssetsOfTheContract() {
    assertThat(run(step("download"))).contains(
        "https://github.com/$repository/releases/download/v$version",
        "\"apigw-lint-$version.tar.gz\" SHA256SUMS",
        "sha256sum -c --ignore-missing SHA256SUMS",
        "$folder/apigw-lint-$version/bin/apigw-lint");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void theDownloadRunsTheReleaseWhoseChecksumMatchesAndRefusesAnother(@TempDir Path temp) throws Exception {
    Path release = Files.createDirectories(temp.resolve("release"));
    Path launcher = Files.createDirectories(temp.resolve("apigw-lint-0.1.0/bin")).resolve("apigw-lint");
    Files.writeString(launcher, "#!/bin/sh\n");
    assertThat(shell(temp, "tar -czf release/apigw-lint-0.1.0.tar.gz apigw-lint-0.1.0", Map.of()).exitCode).isZero();
    Files.writeString(release.resolve("SHA256SUMS"),
        sha256(release.resolve("apigw-lint-0.1.0.tar.gz")) + "  apigw-lint-0.1.0.tar.gz\n"
            + "0".repeat(64) + "  apigw-lint-0.1.0.jar\n");
    fakeCurl(temp, release);

    Result pinned = download(temp, "v0.1.0");
    assertThat(pinned.exitCode).as(pinned.output).isZero();
    assertThat(Files.readString(temp.resolve("output"))).endsWith("/apigw-lint-0.1.0/bin/apigw-lint\n");

    Files.write(release.resolve("apigw-lint-0.1.0.tar.gz"), new byte[] {1}, StandardOpenOption.APPEND);
    Result tampered = download(temp, "v0.1.0");
    assertThat(tampered.exitCode).isEqualTo(2);
    assertThat(tampered.output).contains("::error::apigw-lint: apigw-lint-0.1.0.tar.gz does not match the checksum in the release's SHA256SUMS.");
  }

  private Result download(Path temp, String actionRef) throws Exception {
    Files.writeString(temp.resolve("output"), "");
    Path runnerTemp = Files.createTempDirectory(temp, "runner");
    return shell(temp, run(step("download")), Map.of(
        "PATH", temp.resolve("fake") + ":" + System.getenv("PATH"),
        "ACTION_REF", actionRef, "ACTION_PATH", temp.toString(), "INPUT_VERSION", "", "GH_TOKEN", "",
        "RUNNER_TEMP", runnerTemp.toString(), "GITHUB_OUTPUT", temp.resolve("output").toString()));
  }

  /** A {@code curl} that serves the release's assets from a folder, so the step runs without a network. */
  private static void fakeCurl(Path temp, Path release) throws IOException {
    Path curl = Files.createDirectories(temp.resolve("fake")).resolve("curl");
    Files.writeString(curl, """
        #!/bin/bash
        while [ $# -gt 0 ]; do case "$1" in -o) out=$2; shift 2;; -H|--retry) shift 2;; -*) shift;; *) url=$1; shift;; esac; done
        cp "%s/$(basename "$url")" "$out"
        """.formatted(release));
    assertThat(curl.toFile().setExecutable(true)).isTrue();
  }

  private record Result(int exitCode, String output) {}

  private static Result shell(Path directory, String script, Map<String, String> environment) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script)
        .directory(directory.toFile()).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Result(process.exitValue(), output);
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private List<Map<String, Object>> steps() {
    Map<String, Object> runs = map(action.get("runs"));
    assertThat(runs).containsEntry("using", "composite");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> steps = (List<Map<String, Object>>) runs.get("steps");
    return steps;
  }

  private Map<String, Object> step(String id) {
    return steps().stream().filter(step -> id.equals(step.get("id"))).findFirst()
        .orElseThrow(() -> new AssertionError("action.yml has no step with id " + id));
  }

  private static String uses(Map<String, Object> step) {
    return String.valueOf(step.getOrDefault("uses", ""));
  }

  private static String run(Map<String, Object> step) {
    return String.valueOf(step.getOrDefault("run", ""));
  }

  private static String condition(Map<String, Object> step) {
    return String.valueOf(step.getOrDefault("if", ""));
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> map(Object value) {
    return (Map<String, V>) value;
  }

  private static Map<String, Object> load() {
    try {
      return map(new Load(LoadSettings.builder().build()).loadFromString(Files.readString(REPOSITORY.resolve("action.yml"))));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
