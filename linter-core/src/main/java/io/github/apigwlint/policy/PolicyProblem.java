package io.github.apigwlint.policy;

import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.Pointers;

/**
 * A grammar problem of a policy document, at the exact place it was written.
 *
 * @param pointer the JSON pointer of the value (or key) it is about, which identifies the finding
 */
public record PolicyProblem(String message, Location location, String pointer) {

  public PolicyProblem(String message, Node node) {
    this(message, node.location(), node.pointer());
  }

  /** A problem of a key of an object, written where the key is. */
  static PolicyProblem ofKey(String message, io.github.apigwlint.source.ObjectNode object, String key) {
    return new PolicyProblem(message, object.key(key).location(), Pointers.child(object.pointer(), key));
  }
}
