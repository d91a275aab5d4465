package io.github.apigwlint.source;

import java.util.Objects;

/**
 * A string, number, boolean or null. {@link #text()} is the value as text ({@code "true"},
 * {@code "12"}), which is how IAM reads condition values whatever their JSON type.
 */
public final class ScalarNode extends PlacedNode implements Node {

  public enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  private final Kind kind;
  private final String text;

  public ScalarNode(Kind kind, String text, Location location, Pointer pointer) {
    super(location, pointer);
    this.kind = kind;
    this.text = text;
  }

  public ScalarNode(Kind kind, String text, Location location, String pointer) {
    this(kind, text, location, Pointer.of(pointer));
  }

  public static ScalarNode string(String text, Location location, String pointer) {
    return new ScalarNode(Kind.STRING, text, location, pointer);
  }

  public static ScalarNode string(String text, Location location, Pointer pointer) {
    return new ScalarNode(Kind.STRING, text, location, pointer);
  }

  public Kind kind() {
    return kind;
  }

  public String text() {
    return text;
  }

  public boolean isString() {
    return kind == Kind.STRING;
  }

  public boolean isNull() {
    return kind == Kind.NULL;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScalarNode other && kind == other.kind && text.equals(other.text)
        && location().equals(other.location()) && pointer().equals(other.pointer());
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, text, location(), pointer());
  }

  @Override
  public String toString() {
    return text;
  }
}
