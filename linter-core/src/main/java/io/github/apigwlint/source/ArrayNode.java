package io.github.apigwlint.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A sequence in source order. */
public final class ArrayNode extends PlacedNode implements Node {

  private final List<Node> items = new ArrayList<>();

  public ArrayNode(Location location, Pointer pointer) {
    super(location, pointer);
  }

  public ArrayNode(Location location, String pointer) {
    this(location, Pointer.of(pointer));
  }

  public void add(Node item) {
    items.add(item);
  }

  public List<Node> items() {
    return Collections.unmodifiableList(items);
  }

  public int size() {
    return items.size();
  }

  @Override
  public String toString() {
    return items.toString();
  }
}
