package io.github.apigwlint.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;

/**
 * Reads JSON text into a located tree with Jackson's streaming parser (the tree model keeps no
 * locations). A key written twice takes its last value, as the deploying tools' JSON readers do, and
 * is recorded by {@link ObjectNode} so that it is reported. Nesting, values and string lengths are
 * held to the run's {@link Limits} ({@link TreeLimits}), not to Jackson's. Stateless and thread-safe.
 */
public final class JsonLoader {

  /** Jackson's own constraints stand aside: the run's limits, checked as the tree is built, decide. */
  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(Integer.MAX_VALUE)
                  .maxStringLength(Integer.MAX_VALUE)
                  .maxNameLength(Integer.MAX_VALUE)
                  .build())
          .build();

  /** Places a token found at a character offset (and line/column) of the parsed text. */
  @FunctionalInterface
  interface Locator {
    Location locate(long charOffset, int line, int column);
  }

  private JsonLoader() {}

  public static Node parse(String text, String file) throws SourceParseException {
    return parse(text, (offset, line, column) -> new Location(file, line, column), "");
  }

  static Node parse(String text, Locator locator, String rootPointer) throws SourceParseException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      TreeReader reader = new TreeReader(parser, locator, new TreeLimits("JSON"));
      if (parser.nextToken() == null) {
        throw new SourceParseException("no JSON value", reader.here());
      }
      Node root = reader.value(Pointer.of(rootPointer), 0);
      if (parser.nextToken() != null) {
        throw new SourceParseException("unexpected content after the JSON value", reader.here());
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new SourceParseException(e.getOriginalMessage(), place(locator, e.getLocation()));
    } catch (IOException e) {
      throw new SourceParseException(e.getMessage(), locator.locate(0, 1, 1));
    }
  }

  private static Location place(Locator locator, JsonLocation at) {
    if (at == null || at == JsonLocation.NA) {
      return locator.locate(0, 1, 1);
    }
    return locator.locate(Math.max(at.getCharOffset(), 0), at.getLineNr(), at.getColumnNr());
  }

  /** Builds nodes from the token stream; the parser stands on the first token of each value. */
  private record TreeReader(JsonParser parser, Locator locator, TreeLimits limits) {

    Location here() {
      return place(locator, parser.currentTokenLocation());
    }

    /** @param level how many objects and arrays hold the value */
    Node value(Pointer pointer, int level) throws IOException {
      Location location = here();
      JsonToken token = parser.currentToken();
      limits.value(level, location);
      return switch (token) {
        case START_OBJECT -> object(location, pointer, level);
        case START_ARRAY -> array(location, pointer, level);
        case VALUE_STRING -> ScalarNode.string(string(parser.getText(), location), location, pointer);
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
            new ScalarNode(ScalarNode.Kind.NUMBER, parser.getText(), location, pointer);
        case VALUE_TRUE, VALUE_FALSE ->
            new ScalarNode(ScalarNode.Kind.BOOLEAN, parser.getText(), location, pointer);
        case VALUE_NULL -> new ScalarNode(ScalarNode.Kind.NULL, "null", location, pointer);
        default -> throw new SourceParseException("unexpected token " + token, location);
      };
    }

    /** A string of the input, within the limits, in which no symbol can be forged. */
    private String string(String text, Location location) {
      limits.string(text, location);
      return Symbols.literal(text);
    }

    private ObjectNode object(Location location, Pointer pointer, int level) throws IOException {
      ObjectNode object = new ObjectNode(location, pointer);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        Location keyAt = here();
        ObjectNode.Key key = new ObjectNode.Key(string(parser.currentName(), keyAt), keyAt);
        parser.nextToken();
        object.put(key, value(pointer.child(key.name()), level + 1));
      }
      return object;
    }

    private ArrayNode array(Location location, Pointer pointer, int level) throws IOException {
      ArrayNode array = new ArrayNode(location, pointer);
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        array.add(value(pointer.child(array.size()), level + 1));
      }
      return array;
    }
  }
}
