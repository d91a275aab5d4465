package io.github.apigwlint.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The release workflow builds a {@code v*} tag and attaches the assets under the names the
 * apigw-lint GitHub Action downloads: {@code apigw-lint-<version>.tar.gz}, {@code .zip}, {@code
 * .jar} and {@code SHA256SUMS}.
 */
class ReleaseWorkflowTest {

  private static final Path WORKFLOW = Path.of(System.getProperty("release.workflow"));

  @Test
  void runsOnVersionTags() throws IOException {
    assertThat(at(workflow(), "on", "push", "tags")).isEqualTo(List.of("v*"));
    assertThat(at(workflow(), "permissions", "contents")).isEqualTo("write");
  }

  @Test
  void buildsAndTestsWithJava17() throws IOException {
    Map<?, ?> java = step(step -> "actions/setup-java@v4".equals(step.get("uses")));
    assertThat(at(java, "with", "distribution")).isEqualTo("temurin");
    assertThat(at(java, "with", "java-version")).isEqualTo("17");
    assertThat(runs()).anySatisfy(run -> assertThat(run).isEqualTo("./mvnw -B verify"));
  }

  @Test
  void attachesTheFourAssetsToTheTagsRelease() throws IOException {
    Map<?, ?> step = step(s -> String.valueOf(s.get("run")).contains("gh release create"));
    String asReleased =
        ((String) step.get("run"))
            .replace("$VERSION", "1.2.3")
            .replace("$GITHUB_REF_NAME", "v1.2.3");

    assertThat(asReleased)
        .contains("gh release create \"v1.2.3\"")
        .contains("release/apigw-lint-1.2.3.tar.gz")
        .contains("release/apigw-lint-1.2.3.zip")
        .contains("release/apigw-lint-1.2.3.jar")
        .contains("release/SHA256SUMS");
    assertThat(at(step, "env", "GH_TOKEN")).isEqualTo("${{ github.token }}");
    assertThat(runs())
        .anySatisfy(
            run ->
                assertThat(run)
                    .contains(
                        "sha256sum \"apigw-lint-$VERSION.tar.gz\" \"apigw-lint-$VERSION.zip\""
                            + " \"apigw-lint-$VERSION.jar\" > SHA256SUMS"));
  }

  @Test
  void failsWhenTheTagIsNotTheProjectVersion() throws IOException {
    assertThat(runs())
        .anySatisfy(
            run ->
                assertThat(run)
                    .contains("version=\"${GITHUB_REF_NAME#v}\"")
                    .contains("does not match the project version")
                    .contains("exit 1"));
  }

  private static Map<?, ?> workflow() throws IOException {
    Load load = new Load(LoadSettings.builder().build());
    return (Map<?, ?>) load.loadFromString(Files.readString(WORKFLOW));
  }

  private static List<Map<?, ?>> steps() throws IOException {
    List<?> steps = (List<?>) at(workflow(), "jobs", "release", "steps");
    return steps.stream().<Map<?, ?>>map(step -> (Map<?, ?>) step).toList();
  }

  private static Map<?, ?> step(Predicate<Map<?, ?>> which) throws IOException {
    return steps().stream().filter(which).findFirst().orElseThrow();
  }

  private static List<String> runs() throws IOException {
    return steps().stream()
        .map(step -> step.get("run"))
        .filter(String.class::isInstance)
        .map(run -> ((String) run).strip())
        .toList();
  }

  private static Object at(Object node, String... keys) {
    Object current = node;
    for (String key : keys) {
      assertThat(current).as("a mapping holding %s", key).isInstanceOf(Map.class);
      current = ((Map<?, ?>) current).get(key);
    }
    return current;
  }
}
