package io.github.apigwlint.source;

import java.util.List;

/**
 * An HCL expression that is not a literal value, kept as written so that the module reading it
 * decides what it means. Literals are {@link ScalarNode}s, tuples {@link ArrayNode}s and objects
 * {@link ObjectNode}s; these are the other forms. Every one keeps its {@link #source()} text, which
 * names the value when it stays unknown.
 */
public sealed interface HclExpression extends Node {

  String source();

  /** The expressions this one is made of, in source order. */
  List<Node> operands();

  /** {@code "a${b}c"}, a heredoc or a JSON-syntax string: literal text parts and expressions. */
  record Template(List<Node> parts, String source, Location location, String pointer) implements HclExpression {
    @Override
    public List<Node> operands() {
      return parts;
    }
  }

  /** A template directive ({@code %{ if … }}, {@code %{ for … }}); {@code source} is what stands between the braces. */
  record Directive(String source, Location location, String pointer) implements HclExpression {
    @Override
    public List<Node> operands() {
      return List.of();
    }
  }

  /**
   * A reference such as {@code aws_x.y[0].id} or {@code var.name}: the names of its steps, indexes
   * ({@code [0]}, {@code .0}, {@code [*]}) left out, as Terraform's addresses of a configuration do.
   */
  record Traversal(List<String> names, String source, Location location, String pointer) implements HclExpression {
    @Override
    public List<Node> operands() {
      return List.of();
    }
  }

  record FunctionCall(String name, List<Node> arguments, String source, Location location, String pointer)
      implements HclExpression {
    @Override
    public List<Node> operands() {
      return arguments;
    }
  }

  record Conditional(Node condition, Node whenTrue, Node whenFalse, String source, Location location, String pointer)
      implements HclExpression {
    @Override
    public List<Node> operands() {
      return List.of(condition, whenTrue, whenFalse);
    }
  }

  /** A unary or binary operator ({@code !a}, {@code -a}, {@code a && b}, {@code a == b}, ...) and its operands. */
  record Operation(String operator, List<Node> operands, String source, Location location, String pointer)
      implements HclExpression {}

  /** {@code for} expressions, splats and traversals of computed values: not evaluated here. */
  record Opaque(List<Node> operands, String source, Location location, String pointer) implements HclExpression {}
}
