package io.github.apigwlint.source;

/**
 * A string, number, boolean or null. {@link #text()} is the value as text ({@code "true"},
 * {@code "12"}), which is how IAM reads condition values whatever their JSON type.
 */
public record ScalarNode(Kind kind, String text, Location location, String pointer) implements Node {

  public enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  public static ScalarNode string(String text, Location location, String pointer) {
    return new ScalarNode(Kind.STRING, text, location, pointer);
  }

  public boolean isString() {
    return kind == Kind.STRING;
  }

  public boolean isNull() {
    return kind == Kind.NULL;
  }

  @Override
  public String toString() {
    return text;
  }
}
