package io.github.apigwlint.policy;

import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import java.util.ArrayDeque;
import java.util.Map;

/**
 * The length of a policy as minified JSON, which is how the API Gateway size quota is best measured
 * (§2.5): optionally with {@code execute-api:/} shorthand expanded to the full ARN API Gateway stores.
 * Iterative, so that a deeply nested document cannot overflow the stack.
 */
public final class MinifiedJson {

  private MinifiedJson() {}

  /** @param expansion the API for expanding shorthand resources, or null to measure as written */
  public static long length(Node root, ExpansionContext expansion) {
    long length = 0;
    ArrayDeque<Node> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node instanceof ObjectNode object) {
        length += 2 + Math.max(0, object.size() - 1);
        for (Map.Entry<String, Node> entry : object.entries().entrySet()) {
          length += quoted(entry.getKey()) + 1;
          pending.push(entry.getValue());
        }
      } else if (node instanceof ArrayNode array) {
        length += 2 + Math.max(0, array.size() - 1);
        array.items().forEach(pending::push);
      } else if (node instanceof ScalarNode scalar) {
        length += scalar(scalar, expansion);
      }
    }
    return length;
  }

  private static long scalar(ScalarNode scalar, ExpansionContext expansion) {
    if (!scalar.isString()) {
      return scalar.text() == null ? 4 : scalar.text().length();
    }
    return quoted(ExecuteApiArn.expand(scalar.text(), expansion));
  }

  /** A JSON string's length with quotes; characters that need escaping count as their escape. */
  private static long quoted(String text) {
    long length = 2;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      length += c == '"' || c == '\\' || c == '\n' || c == '\t' || c == '\r' ? 2 : c < 0x20 ? 6 : 1;
    }
    return length;
  }
}
