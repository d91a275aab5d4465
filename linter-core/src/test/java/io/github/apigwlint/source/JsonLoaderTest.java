package io.github.apigwlint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonLoaderTest {

  private static final String TEMPLATE =
      """
      {
        "Resources": {
          "Api": {
            "Properties": { "Name": "orders", "Port": 443, "On": true, "Off": null },
            "Tags": ["a", "b/c~d"]
          }
        }
      }
      """;

  @Test
  void nestedValuesKnowTheirLineColumnAndPointer() {
    ObjectNode root = (ObjectNode) JsonLoader.parse(TEMPLATE, "t.json");
    ObjectNode api = (ObjectNode) ((ObjectNode) root.get("Resources")).get("Api");
    ObjectNode properties = (ObjectNode) api.get("Properties");

    assertThat(root.location()).isEqualTo(new Location("t.json", 1, 1));
    assertThat(properties.location()).isEqualTo(new Location("t.json", 4, 21));
    assertThat(properties.pointer()).isEqualTo("/Resources/Api/Properties");
    assertThat(properties.key("Name").location()).isEqualTo(new Location("t.json", 4, 23));
    ScalarNode name = (ScalarNode) properties.get("Name");
    assertThat(name.text()).isEqualTo("orders");
    assertThat(name.location()).isEqualTo(new Location("t.json", 4, 31));
    assertThat(properties.get("Port")).isEqualTo(
        new ScalarNode(ScalarNode.Kind.NUMBER, "443", new Location("t.json", 4, 49), "/Resources/Api/Properties/Port"));
    assertThat(((ScalarNode) properties.get("On")).kind()).isEqualTo(ScalarNode.Kind.BOOLEAN);
    assertThat(((ScalarNode) properties.get("Off")).isNull()).isTrue();
    ArrayNode tags = (ArrayNode) api.get("Tags");
    assertThat(tags.items().get(1).pointer()).isEqualTo("/Resources/Api/Tags/1");
    assertThat(tags.items().get(1).location()).isEqualTo(new Location("t.json", 5, 21));
  }

  @Test
  void pointerEscapesTildeAndSlash() {
    ObjectNode root = (ObjectNode) JsonLoader.parse("{\"a/b~c\": {\"x\": 1}}", "p.json");
    assertThat(root.get("a/b~c").pointer()).isEqualTo("/a~1b~0c");
  }

  @Test
  void numbersKeepTheirSourceText() {
    ObjectNode root = (ObjectNode) JsonLoader.parse("{\"n\": 1.50e3}", "n.json");
    assertThat(((ScalarNode) root.get("n")).text()).isEqualTo("1.50e3");
  }

  @Test
  void aDuplicateKeyTakesTheLastValueAndIsRecordedWithBothPlaces() {
    ObjectNode root = (ObjectNode) JsonLoader.parse("{\n  \"Effect\": \"Allow\",\n  \"Effect\": \"Deny\"\n}", "d.json");

    assertThat(((ScalarNode) root.get("Effect")).text()).isEqualTo("Deny");
    assertThat(root.duplicates()).extracting(ObjectNode.Duplicate::earlier, ObjectNode.Duplicate::later).containsExactly(
        org.assertj.core.groups.Tuple.tuple(
            new ObjectNode.Key("Effect", new Location("d.json", 2, 3)), new ObjectNode.Key("Effect", new Location("d.json", 3, 3))));
  }

  @Test
  void syntaxErrorCarriesLineAndColumn() {
    assertThatThrownBy(() -> JsonLoader.parse("{\n  \"a\": 1\n  \"b\": 2\n}", "bad.json"))
        .isInstanceOfSatisfying(SourceParseException.class, e -> {
          assertThat(e.location()).isEqualTo(new Location("bad.json", 3, 3));
          assertThat(e.getMessage()).contains("comma");
        });
  }

  @Test
  void trailingContentIsAnError() {
    assertThatThrownBy(() -> JsonLoader.parse("{}\n{}", "two.json"))
        .isInstanceOfSatisfying(SourceParseException.class,
            e -> assertThat(e.location()).isEqualTo(new Location("two.json", 2, 1)));
  }
}
