package io.github.apigwlint.access;

import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The literal VPC endpoint ids ({@code vpce-…}) written in policies, as sample request origins. */
public final class VpcEndpointIds {

  private static final Pattern ID = Pattern.compile("vpce-[0-9a-zA-Z]+");

  private VpcEndpointIds() {}

  public static Set<String> in(Collection<Node> trees) {
    Set<String> ids = new LinkedHashSet<>();
    trees.forEach(tree -> collect(tree, ids));
    return ids;
  }

  private static void collect(Node node, Set<String> ids) {
    if (node instanceof ScalarNode scalar && ID.matcher(scalar.text()).matches()) {
      ids.add(scalar.text());
    } else if (node instanceof ObjectNode object) {
      object.entries().values().forEach(child -> collect(child, ids));
    } else if (node instanceof ArrayNode array) {
      array.items().forEach(child -> collect(child, ids));
    }
  }
}
