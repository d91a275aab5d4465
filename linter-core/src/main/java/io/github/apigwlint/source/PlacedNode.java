package io.github.apigwlint.source;

/** Where a value of a loaded tree was written: the location and pointer every such node has. */
abstract class PlacedNode {

  private final Location location;
  private final Pointer pointer;

  PlacedNode(Location location, Pointer pointer) {
    this.location = location;
    this.pointer = pointer;
  }

  public Location location() {
    return location;
  }

  /** JSON pointer of this node inside its document, written out. */
  public String pointer() {
    return pointer.toString();
  }

  public Pointer path() {
    return pointer;
  }
}
