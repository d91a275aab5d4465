package io.github.apigwlint.testutil;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Test-only: JSON text to a located Node tree (duplicate keys kept as duplicates). */
public final class Json {

  public static final String FILE = "policy.json";
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private Json() {}

  /** Parses JSON; single quotes in the text stand for double quotes, to keep tests readable. */
  public static Node parse(String json) {
    try (JsonParser parser = FACTORY.createParser(json.replace('\'', '"'))) {
      parser.nextToken();
      return node(parser, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses JSON as written, without the quote replacement. */
  public static Node parseExact(String json) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      parser.nextToken();
      return node(parser, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Node node(JsonParser parser, String pointer) throws IOException {
    Location location = location(parser);
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = new ObjectNode(location, pointer);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          Location keyLocation = location(parser);
          parser.nextToken();
          String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
          object.put(new ObjectNode.Key(name, keyLocation), node(parser, child));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = new ArrayNode(location, pointer);
        int i = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(node(parser, pointer + "/" + i++));
        }
        return array;
      }
      case VALUE_STRING -> {
        return ScalarNode.string(parser.getText(), location, pointer);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new ScalarNode(ScalarNode.Kind.NUMBER, parser.getText(), location, pointer);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new ScalarNode(ScalarNode.Kind.BOOLEAN, parser.getText(), location, pointer);
      }
      case VALUE_NULL -> {
        return new ScalarNode(ScalarNode.Kind.NULL, "null", location, pointer);
      }
      default -> throw new IllegalStateException("unexpected " + token);
    }
  }

  private static Location location(JsonParser parser) {
    var l = parser.currentTokenLocation();
    return new Location(FILE, l.getLineNr(), l.getColumnNr());
  }
}
