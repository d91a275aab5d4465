package io.github.apigwlint.source;

import java.util.Map;

/** Where a subtree ends: the last position written inside it. */
public final class Extents {

  private Extents() {}

  public static Location last(Node node) {
    Location last = node.location();
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, Node> entry : object.entries().entrySet()) {
        last = later(last, later(object.key(entry.getKey()).location(), last(entry.getValue())));
      }
    } else if (node instanceof ArrayNode array) {
      for (Node item : array.items()) {
        last = later(last, last(item));
      }
    }
    return last;
  }

  private static Location later(Location a, Location b) {
    if (!a.file().equals(b.file())) {
      return a;
    }
    if (a.line() != b.line()) {
      return a.line() > b.line() ? a : b;
    }
    return a.column() >= b.column() ? a : b;
  }
}
