package io.github.apigwlint.source;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * A mapping in source order. A key written twice takes its last value, as CloudFormation, SAM and the
 * JSON and YAML readers of the deploying tools do; each repetition is kept in {@link #duplicates()}
 * so that it is reported instead of silently dropping one of the two.
 *
 * <p>Entries are kept in two arrays, searched in order while the mapping is small: most mappings of a
 * template have a handful of keys, and two hash maps per mapping were a third of a run's heap.
 */
public final class ObjectNode extends PlacedNode implements Node {

  /** Beyond this many keys, a lookup goes through an index. */
  private static final int SCANNED = 8;

  /** A key as written, with the location of the key itself. */
  public record Key(String name, Location location) {}

  /**
   * A key written again: {@code later} replaced {@code replaced}, the value written at {@code earlier},
   * kept for the readers of languages that refuse duplicates and read the first (Terraform).
   */
  public record Duplicate(Key earlier, Node replaced, Key later) {}

  private static final Key[] NO_KEYS = {};
  private static final Node[] NO_VALUES = {};

  private Key[] keys = NO_KEYS;
  private Node[] values = NO_VALUES;
  private int size;
  private Map<String, Integer> index;
  private List<Duplicate> duplicates;

  public ObjectNode(Location location, Pointer pointer) {
    super(location, pointer);
  }

  public ObjectNode(Location location, String pointer) {
    this(location, Pointer.of(pointer));
  }

  /** Adds an entry; a repeated key keeps its place, takes the new value and is recorded as a duplicate. */
  public void put(Key key, Node value) {
    int at = indexOf(key.name());
    if (at >= 0) {
      recordDuplicate(new Duplicate(keys[at], values[at], key));
      keys[at] = key;
      values[at] = value;
      return;
    }
    if (size == keys.length) {
      int capacity = Math.max(4, size * 2);
      keys = Arrays.copyOf(keys, capacity);
      values = Arrays.copyOf(values, capacity);
    }
    keys[size] = key;
    values[size] = value;
    if (index != null) {
      index.put(key.name(), size);
    } else if (size == SCANNED) {
      index = new HashMap<>();
      for (int i = 0; i <= size; i++) {
        index.put(keys[i].name(), i);
      }
    }
    size++;
  }

  /** Records a repeated key whose replaced value is already gone, as when a tree is copied. */
  public void recordDuplicate(Duplicate duplicate) {
    if (duplicates == null) {
      duplicates = new ArrayList<>(1);
    }
    duplicates.add(duplicate);
  }

  private int indexOf(String name) {
    if (index != null) {
      Integer at = index.get(name);
      return at == null ? -1 : at;
    }
    for (int i = 0; i < size; i++) {
      if (keys[i].name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  public Node get(String name) {
    int at = indexOf(name);
    return at < 0 ? null : values[at];
  }

  public Optional<Node> find(String name) {
    return Optional.ofNullable(get(name));
  }

  public boolean has(String name) {
    return indexOf(name) >= 0;
  }

  public Key key(String name) {
    int at = indexOf(name);
    return at < 0 ? null : keys[at];
  }

  /** The entries in source order, as a read-only map. */
  public Map<String, Node> entries() {
    return new Entries();
  }

  /** The keys written again, in the order they were read. */
  public List<Duplicate> duplicates() {
    return duplicates == null ? List.of() : Collections.unmodifiableList(duplicates);
  }

  public int size() {
    return size;
  }

  @Override
  public String toString() {
    return entries().toString();
  }

  /** A read-only view of the arrays as a map. */
  private final class Entries extends AbstractMap<String, Node> {

    @Override
    public Node get(Object name) {
      return name instanceof String text ? ObjectNode.this.get(text) : null;
    }

    @Override
    public boolean containsKey(Object name) {
      return name instanceof String text && has(text);
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Set<Map.Entry<String, Node>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, Node>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < size;
            }

            @Override
            public Map.Entry<String, Node> next() {
              if (next >= size) {
                throw new NoSuchElementException();
              }
              int at = next++;
              return new SimpleImmutableEntry<>(keys[at].name(), values[at]);
            }
          };
        }

        @Override
        public int size() {
          return size;
        }
      };
    }
  }
}
