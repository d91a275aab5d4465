package io.github.apigwlint.source.cfn;

import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import java.util.Map;

/** Comparisons of values regardless of where they were written. */
public final class Trees {

  private Trees() {}

  public static boolean sameValue(Node a, Node b) {
    if (a == b) {
      return true;
    }
    if (a instanceof ScalarNode x && b instanceof ScalarNode y) {
      return x.text().equals(y.text());
    }
    if (a instanceof ArrayNode x && b instanceof ArrayNode y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!sameValue(x.items().get(i), y.items().get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof ObjectNode x && b instanceof ObjectNode y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (Map.Entry<String, Node> entry : x.entries().entrySet()) {
        Node other = y.get(entry.getKey());
        if (other == null || !sameValue(entry.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
