package io.github.apigwlint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddedJsonTest {

  @Test
  void mapsInnerValuesThroughEscapesOfAJsonString() {
    String text =
        "{\n"
            + "  \"Policy\": \"{\\\"Statement\\\": [{\\\"Effect\\\": \\\"Allow\\\"}]}\"\n"
            + "}\n";
    SourceFile outer = file(text, false, JsonLoader.parse(text, "t.json"));
    ScalarNode policy = (ScalarNode) ((ObjectNode) outer.root()).get("Policy");

    Node inner = EmbeddedJson.parse(policy, outer);

    ObjectNode statement = (ObjectNode) ((ArrayNode) ((ObjectNode) inner).get("Statement")).items().get(0);
    assertThat(statement.key("Effect").location()).isEqualTo(new Location("t.json", 2, 32));
    assertThat(text.split("\n")[1].substring(31)).startsWith("\\\"Effect");
    assertThat(statement.get("Effect").pointer()).isEqualTo("/Policy/Statement/0/Effect");
  }

  @Test
  void mapsInnerValuesOfAYamlLiteralBlock() {
    String text =
        """
        Policy: |
          {
            "Statement": [
              {"Effect": "Allow"}
            ]
          }
        Other: 1
        """;
    SourceFile outer = file(text, true, YamlLoader.parse(text, "t.yaml"));
    ScalarNode policy = (ScalarNode) ((ObjectNode) outer.root()).get("Policy");

    ObjectNode inner = (ObjectNode) EmbeddedJson.parse(policy, outer);

    ObjectNode statement = (ObjectNode) ((ArrayNode) inner.get("Statement")).items().get(0);
    assertThat(statement.key("Effect").location()).isEqualTo(new Location("t.yaml", 4, 8));
    assertThat(statement.get("Effect").location()).isEqualTo(new Location("t.yaml", 4, 18));
    assertThat(inner.location()).isEqualTo(new Location("t.yaml", 2, 3));
  }

  @Test
  void mapsInnerValuesOfASingleQuotedYamlScalarPastADoubledQuote() {
    String text = "Policy: '{\"Sid\": \"it''s\", \"Effect\": \"Deny\"}'\n";
    SourceFile outer = file(text, true, YamlLoader.parse(text, "q.yaml"));
    ObjectNode inner = (ObjectNode) EmbeddedJson.parse((ScalarNode) ((ObjectNode) outer.root()).get("Policy"), outer);

    assertThat(inner.get("Sid").toString()).isEqualTo("it's");
    assertThat(inner.key("Effect").location()).isEqualTo(new Location("q.yaml", 1, 27));
    assertThat(inner.get("Effect").location()).isEqualTo(new Location("q.yaml", 1, 37));
  }

  @Test
  void fallsBackToTheScalarWhenTheTextWasComputed() {
    String text = "Policy: '{}'\n";
    SourceFile outer = file(text, true, YamlLoader.parse(text, "c.yaml"));
    ScalarNode computed = ScalarNode.string("{\"Effect\": \"Allow\"}", new Location("c.yaml", 1, 9), "/Policy");

    ObjectNode inner = (ObjectNode) EmbeddedJson.parse(computed, outer);

    assertThat(inner.get("Effect").location()).isEqualTo(new Location("c.yaml", 1, 9));
    assertThat(inner.get("Effect").pointer()).isEqualTo("/Policy/Effect");
  }

  @Test
  void invalidJsonFailsAtTheMappedLocation() {
    String text = "Policy: |\n  {\"Effect\": \"Allow\",,}\n";
    SourceFile outer = file(text, true, YamlLoader.parse(text, "e.yaml"));
    ScalarNode policy = (ScalarNode) ((ObjectNode) outer.root()).get("Policy");

    assertThatThrownBy(() -> EmbeddedJson.parse(policy, outer))
        .isInstanceOfSatisfying(SourceParseException.class,
            e -> assertThat(e.location()).isEqualTo(new Location("e.yaml", 2, 22)));
  }

  private static SourceFile file(String text, boolean yaml, Node root) {
    return new SourceFile(Path.of("x"), root.location().file(), text, yaml, Format.CLOUDFORMATION, root);
  }
}
