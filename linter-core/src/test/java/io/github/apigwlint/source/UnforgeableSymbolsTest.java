package io.github.apigwlint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No string or key a loader reads holds the delimiters of a symbol, however the input writes them. */
class UnforgeableSymbolsTest {

  private static final String RAW = "\uE000opaque:x\uE001";
  private static final String ESCAPED = "\\uE000opaque:x\\uE001";

  @TempDir Path dir;

  private Node load(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
    LoadOutcome outcome = new SourceLoader().load(dir.resolve(name), name);
    assertThat(outcome).as(name).isInstanceOf(LoadOutcome.Loaded.class);
    return ((LoadOutcome.Loaded) outcome).file().root();
  }

  @Test
  void jsonYamlAndHclStringsAndKeysCarryTheReplacementCharacterInstead() throws IOException {
    List<Node> roots = List.of(
        load("t.json", "{\"Resources\": {\"" + ESCAPED + "\": {\"Type\": \"" + ESCAPED + "\", \"Raw\": \"" + RAW + "\"}}}"),
        load("t.yaml", "Resources:\n  \"" + ESCAPED + "\":\n    Type: \"" + ESCAPED + "\"\n    " + RAW + ": " + RAW
            + "\n    Sub: !Sub \"" + ESCAPED + "\"\n"),
        load("main.tf", "resource \"aws_api_gateway_rest_api\" \"" + ESCAPED + "\" {\n  name = \"" + ESCAPED
            + "\"\n  description = \"" + RAW + " ${var.x}\"\n  body = <<EOT\n" + RAW + "\nEOT\n}\n"),
        load("main.tf.json", "{\"resource\": {\"aws_api_gateway_rest_api\": {\"a\": {\"name\": \"" + ESCAPED
            + " ${var.x}\"}}}}"));
    for (Node root : roots) {
      List<String> texts = texts(root);
      assertThat(texts).as(root.location().file()).anyMatch(text -> text.contains("\uFFFDopaque:x\uFFFD"));
      assertThat(texts).as(root.location().file())
          .noneMatch(text -> text.indexOf(Symbols.OPEN) >= 0 || text.indexOf(Symbols.CLOSE) >= 0);
    }
  }

  @Test
  void literalLeavesOtherTextAlone() {
    assertThat(Symbols.literal("vpce-1234")).isSameAs("vpce-1234");
    assertThat(Symbols.literal(RAW)).isEqualTo("\uFFFDopaque:x\uFFFD");
  }

  /** Every key and string of a tree. */
  private static List<String> texts(Node node) {
    List<String> texts = new ArrayList<>();
    collect(node, texts);
    return texts;
  }

  private static void collect(Node node, List<String> texts) {
    if (node instanceof ScalarNode scalar) {
      texts.add(scalar.text());
    } else if (node instanceof ObjectNode object) {
      for (Map.Entry<String, Node> entry : object.entries().entrySet()) {
        texts.add(entry.getKey());
        collect(entry.getValue(), texts);
      }
    } else if (node instanceof ArrayNode array) {
      array.items().forEach(item -> collect(item, texts));
    } else if (node instanceof HclExpression expression) {
      texts.add(expression.source());
      expression.operands().forEach(operand -> collect(operand, texts));
    }
  }
}
