package io.github.apigwlint.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping in source order. A key written twice keeps its first value; the repetition is kept in
 * {@link #duplicateKeys()} so that rules can report it instead of silently taking one of the two.
 */
public final class ObjectNode implements Node {

  /** A key as written, with the location of the key itself. */
  public record Key(String name, Location location) {}

  private final Location location;
  private final String pointer;
  private final Map<String, Node> entries = new LinkedHashMap<>();
  private final Map<String, Key> keys = new LinkedHashMap<>();
  private final List<Key> duplicateKeys = new java.util.ArrayList<>();

  public ObjectNode(Location location, String pointer) {
    this.location = location;
    this.pointer = pointer;
  }

  /** Adds an entry; a repeated key is recorded as a duplicate and its value dropped. */
  public void put(Key key, Node value) {
    if (entries.containsKey(key.name())) {
      duplicateKeys.add(key);
      return;
    }
    entries.put(key.name(), value);
    keys.put(key.name(), key);
  }

  /** Records a repeated key whose value is already gone, as when a tree is copied. */
  public void recordDuplicate(Key key) {
    duplicateKeys.add(key);
  }

  public Node get(String name) {
    return entries.get(name);
  }

  public Optional<Node> find(String name) {
    return Optional.ofNullable(entries.get(name));
  }

  public boolean has(String name) {
    return entries.containsKey(name);
  }

  public Key key(String name) {
    return keys.get(name);
  }

  public Map<String, Node> entries() {
    return Collections.unmodifiableMap(entries);
  }

  public List<Key> duplicateKeys() {
    return Collections.unmodifiableList(duplicateKeys);
  }

  public int size() {
    return entries.size();
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
    return entries.toString();
  }
}
