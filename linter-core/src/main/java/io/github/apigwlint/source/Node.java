package io.github.apigwlint.source;

/**
 * A value of a located tree: every object, array and scalar knows where it was written. Loaders of
 * every format (JSON, YAML, JSON strings inside other files) produce this one shape; Terraform files
 * also hold the {@link HclExpression}s a module evaluates.
 */
public sealed interface Node permits ObjectNode, ArrayNode, ScalarNode, HclExpression {

  Location location();

  /** JSON pointer of this node inside its document (for example {@code /Resources/Api/Properties}). */
  String pointer();

  /** The same pointer, to make the pointers of values inside this one without writing it out. */
  default Pointer path() {
    return Pointer.of(pointer());
  }
}
