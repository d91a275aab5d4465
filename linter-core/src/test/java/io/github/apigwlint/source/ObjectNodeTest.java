package io.github.apigwlint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectNodeTest {

  private static final Location AT = new Location("t.json", 1, 1);

  @Test
  void keepsSourceOrderAndTheFirstOfARepeatedKeyBeyondTheScannedSize() {
    ObjectNode object = new ObjectNode(AT, Pointer.ROOT);
    List<String> names = new ArrayList<>();
    for (int i = 20; i > 0; i--) {
      names.add("k" + i);
      object.put(new ObjectNode.Key("k" + i, AT), ScalarNode.string("v" + i, AT, Pointer.ROOT.child("k" + i)));
    }
    object.put(new ObjectNode.Key("k3", new Location("t.json", 9, 1)), ScalarNode.string("again", AT, Pointer.ROOT));

    assertThat(object.entries().keySet()).containsExactlyElementsOf(names);
    assertThat(object.size()).isEqualTo(20);
    assertThat(object.get("k3")).hasToString("again");
    assertThat(object.get("k1")).hasToString("v1");
    assertThat(object.has("k21")).isFalse();
    assertThat(object.key("k3").location().line()).isEqualTo(9);
    assertThat(object.duplicates()).singleElement().satisfies(d -> {
      assertThat(d.earlier()).isEqualTo(new ObjectNode.Key("k3", AT));
      assertThat(d.replaced()).hasToString("v3");
      assertThat(d.later().location().line()).isEqualTo(9);
    });
    assertThat(object.get("k12").pointer()).isEqualTo("/k12");
  }

  @Test
  void entriesAreARealMapView() {
    ObjectNode object = new ObjectNode(AT, "/Resources");
    object.put(new ObjectNode.Key("Type", AT), ScalarNode.string("AWS::ApiGateway::RestApi", AT, "/Resources/Type"));

    assertThat(object.entries()).containsOnlyKeys("Type").containsKey("Type").doesNotContainKey("type");
    assertThat(object.entries().get("Type")).hasToString("AWS::ApiGateway::RestApi");
    assertThat(object.duplicates()).isEmpty();
    assertThat(object.pointer()).isEqualTo("/Resources");
  }
}
