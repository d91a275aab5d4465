package io.github.apigwlint.policy;

import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/** Reads "a string or an array of strings", reporting anything else; variables of other tools become placeholders. */
final class StringList {

  private StringList() {}

  static List<PolicyValue> read(Node node, String element, List<PolicyProblem> problems) {
    List<PolicyValue> values = new ArrayList<>();
    if (node == null) {
      return values;
    }
    if (node instanceof ArrayNode array) {
      if (array.size() == 0) {
        problems.add(new PolicyProblem(element + " must not be an empty array", node));
      }
      for (Node item : array.items()) {
        one(item, element, values, problems);
      }
    } else {
      one(node, element, values, problems);
    }
    return values;
  }

  private static void one(Node node, String element, List<PolicyValue> values, List<PolicyProblem> problems) {
    if (node instanceof ScalarNode scalar && scalar.isString()) {
      values.add(new PolicyValue(Placeholders.marked(scalar.text()), node));
    } else {
      problems.add(
          new PolicyProblem(
              element + " values must be strings, not " + PolicyParser.describe(node), node));
    }
  }
}
