package io.github.apigwlint.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A cache key of values compared by equality and model objects compared by identity: two APIs of
 * equal description read from different files are two keys.
 */
final class IdentityKey {

  private final List<Object> equal;
  private final Object[] same;
  private final int hash;

  IdentityKey(List<Object> equal, List<Object> same) {
    this.equal = equal;
    this.same = same.toArray();
    int h = equal.hashCode();
    for (Object o : this.same) {
      h = 31 * h + System.identityHashCode(o);
    }
    this.hash = h;
  }

  /** A key of the question, two values, and the rest by identity. */
  static IdentityKey of(String question, Object first, Object second, Object... same) {
    return new IdentityKey(Arrays.asList(question, first, second), Arrays.asList(same));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof IdentityKey other) || hash != other.hash || same.length != other.same.length
        || !equal.equals(other.equal)) {
      return false;
    }
    for (int i = 0; i < same.length; i++) {
      if (same[i] != other.same[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return equal + " of " + Objects.toString(Arrays.asList(same));
  }
}
