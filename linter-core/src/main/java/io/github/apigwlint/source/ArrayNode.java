package io.github.apigwlint.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A sequence in source order. */
public final class ArrayNode implements Node {

  private final Location location;
  private final String pointer;
  private final List<Node> items = new ArrayList<>();

  public ArrayNode(Location location, String pointer) {
    this.location = location;
    this.pointer = pointer;
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
  public Location location() {
    return location;
  }

  @Override
  public String pointer() {
    return pointer;
  }

  @Override
  public String toString() {
    return items.toString();
  }
}
