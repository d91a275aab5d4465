package io.github.apigwlint.policy;

import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.Symbols;

/** One string of a policy (an action, a resource, a principal, a condition value) and its node. */
public record PolicyValue(String text, Node node) {

  public Location location() {
    return node.location();
  }

  public boolean isOpaque() {
    return Symbols.hasOpaque(text);
  }

  @Override
  public String toString() {
    return Symbols.render(text);
  }
}
