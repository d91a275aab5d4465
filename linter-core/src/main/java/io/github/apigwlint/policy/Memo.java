package io.github.apigwlint.policy;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, thread-safe cache of values computed from policy text (patterns, networks): the same few
 * strings are compiled for every request otherwise. Cleared whole when full, which keeps memory
 * bounded on adversarial input without bookkeeping.
 */
final class Memo<V> {

  private static final int LIMIT = 1 << 16;

  private final ConcurrentHashMap<String, V> values = new ConcurrentHashMap<>();
  private final Function<String, V> compute;

  Memo(Function<String, V> compute) {
    this.compute = compute;
  }

  V get(String key) {
    V value = values.get(key);
    if (value == null) {
      if (values.size() >= LIMIT) {
        values.clear();
      }
      value = compute.apply(key);
      values.put(key, value);
    }
    return value;
  }
}
