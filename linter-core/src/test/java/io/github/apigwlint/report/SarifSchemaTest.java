package io.github.apigwlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.rule.RuleDocs;
import io.github.apigwlint.source.JsonLoader;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SARIF reports are valid against the SARIF 2.1.0 schema bundled as a test resource. */
class SarifSchemaTest {

  private static final Path GOLDEN = Path.of("src/test/resources/io/github/apigwlint/report/golden");

  private static JsonSchemaSubset schema() throws IOException {
    try (InputStream in = SarifSchemaTest.class.getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new JsonSchemaSubset((ObjectNode) JsonLoader.parse(text, "sarif-schema-2.1.0.json"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sample.sarif", "empty.sarif"})
  void goldenFilesAreValid(String name) throws IOException {
    Node sarif = JsonLoader.parse(Files.readString(GOLDEN.resolve(name)), name);
    assertThat(schema().validate(sarif)).isEmpty();
  }

  @Test
  void freshOutputIsValid() throws IOException {
    String sarif =
        ReportersTest.render(
            new SarifReporter(
                SampleResult.TOOL, new RuleDocs(getClass().getClassLoader()), URI.create("file:///repo/")),
            SampleResult.create());
    assertThat(schema().validate(JsonLoader.parse(sarif, "fresh.sarif"))).isEmpty();
  }

  @Test
  void theValidatorRejectsWhatTheSchemaForbids() throws IOException {
    String broken =
        "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {}}, \"results\": "
            + "[{\"level\": \"fatal\", \"message\": {\"text\": \"x\"}, \"extra\": 1}]}]}";
    assertThat(schema().validate(JsonLoader.parse(broken, "broken.sarif")))
        .anySatisfy(e -> assertThat(e).contains("missing required property \"name\""))
        .anySatisfy(e -> assertThat(e).contains("fatal is not one of"))
        .anySatisfy(e -> assertThat(e).contains("\"extra\" is not allowed"));
  }
}
