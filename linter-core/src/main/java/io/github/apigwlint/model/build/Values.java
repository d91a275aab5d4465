package io.github.apigwlint.model.build;

import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import java.util.List;
import java.util.Optional;

/** Small readers over resolved nodes, shared by every format's model reader. */
final class Values {

  private Values() {}

  static Optional<ObjectNode> object(Node node) {
    return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
  }

  static Optional<ObjectNode> object(ObjectNode parent, String key) {
    return parent == null ? Optional.empty() : object(parent.get(key));
  }

  /** The object reached from {@code root} through the object keys {@code path}. */
  static Optional<ObjectNode> objectAt(ObjectNode root, String... path) {
    Optional<ObjectNode> reached = Optional.ofNullable(root);
    for (String key : path) {
      reached = reached.flatMap(parent -> object(parent, key));
    }
    return reached;
  }

  /** The text of a scalar, or null for anything else (objects, arrays, null). */
  static String text(Node node) {
    return node instanceof ScalarNode scalar && !scalar.isNull() ? scalar.text() : null;
  }

  static String text(ObjectNode parent, String key) {
    return parent == null ? null : text(parent.get(key));
  }

  /** A scalar or the scalars of an array, as text; IaC writes one-element lists both ways. */
  static List<String> texts(Node node) {
    if (node instanceof ArrayNode array) {
      return array.items().stream().map(Values::text).filter(t -> t != null).toList();
    }
    String single = text(node);
    return single == null ? List.of() : List.of(single);
  }

  static String first(Node node) {
    List<String> all = texts(node);
    return all.isEmpty() ? null : all.get(0);
  }
}
