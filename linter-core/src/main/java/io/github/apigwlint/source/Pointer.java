package io.github.apigwlint.source;

/**
 * A JSON pointer (RFC 6901) kept as its parent and last step, written out only when asked: a tree
 * holds one per value, and their text, mostly repeated prefixes, was a fifth of a run's heap.
 */
public final class Pointer {

  /** The document root, the empty pointer. */
  public static final Pointer ROOT = new Pointer(null, "", -1);

  private final Pointer parent;
  /** The key of the last step, or the whole pointer as text when {@code parent} is null. */
  private final String key;
  /** The index of the last step into an array, or -1 when the step is a key. */
  private final int index;

  private Pointer(Pointer parent, String key, int index) {
    this.parent = parent;
    this.key = key;
    this.index = index;
  }

  /** A pointer given as text. */
  public static Pointer of(String text) {
    return text.isEmpty() ? ROOT : new Pointer(null, text, -1);
  }

  public Pointer child(String name) {
    return new Pointer(this, name, -1);
  }

  public Pointer child(int position) {
    return new Pointer(this, null, position);
  }

  @Override
  public String toString() {
    if (parent == null) {
      return key;
    }
    StringBuilder text = new StringBuilder(64);
    append(text);
    return text.toString();
  }

  private void append(StringBuilder text) {
    if (parent == null) {
      text.append(key);
      return;
    }
    parent.append(text);
    text.append('/');
    if (index >= 0) {
      text.append(index);
    } else {
      text.append(key.replace("~", "~0").replace("/", "~1"));
    }
  }
}
