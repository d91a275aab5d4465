package io.github.apigwlint.model.build;

import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.HclLoader;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.SourceParseException;
import io.github.apigwlint.source.Symbols;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The instances {@code count} and {@code for_each} make of the blocks of one module, as Terraform
 * makes them where the module decides the value: {@code count = n} gives {@code [0]} to {@code
 * [n-1]}, a map or a set of strings one instance per key in key order, 0 and empty collections
 * none. A value the module does not decide gives the one {@link TerraformInstance#UNKEYED} instance
 * that stands for all of them; so does a count too large to list.
 */
final class TerraformInstances {

  /** More instances than this are not listed one by one: the symbolic instance stands for them. */
  private static final int MOST_LISTED = 64;

  private static final List<TerraformInstance> UNKEYED = List.of(TerraformInstance.UNKEYED);

  private final TerraformEvaluator module;
  private final Map<String, List<TerraformInstance>> byAddress = new HashMap<>();
  private final Set<String> expanding = new HashSet<>();

  TerraformInstances(TerraformEvaluator module) {
    this.module = module;
  }

  /** The instances of the block at {@code address}, in the order a plan lists them. */
  List<TerraformInstance> of(String address, ObjectNode body) {
    List<TerraformInstance> known = byAddress.get(address);
    if (known != null) {
      return known;
    }
    if (!expanding.add(address)) {
      return UNKEYED; // for_each or count that depends on the block itself
    }
    try {
      known = expand(body);
    } finally {
      expanding.remove(address);
    }
    byAddress.put(address, known);
    return known;
  }

  /**
   * The instance a reference names: {@code source} starts with the block's address and may index
   * it ({@code aws_x.y[0].id}, {@code aws_x.y[each.key].id}), the index evaluated by {@code scope}.
   * Empty when the block has no instance, or several and the index does not say which.
   */
  Optional<TerraformInstance> named(String address, ObjectNode body, String source, TerraformEvaluator scope) {
    List<TerraformInstance> all = of(address, body);
    if (all.equals(UNKEYED)) {
      return Optional.of(TerraformInstance.UNKEYED);
    }
    return index(source, address).flatMap(scope::decided)
        .flatMap(key -> all.stream().filter(instance -> sameKey(instance.index(), key)).findFirst());
  }

  /** {@code source}, a reference to the block at {@code address}, with its index written as the instance's key. */
  static String withKey(String address, String source, TerraformInstance instance) {
    int end = indexEnd(source, address);
    return instance.suffix().isEmpty() || end < 0 ? source : address + instance.suffix() + source.substring(end + 1);
  }

  private List<TerraformInstance> expand(ObjectNode body) {
    Node count = body.get("count");
    if (count != null) {
      return module.decided(count).flatMap(TerraformInstances::wholeNumber)
          .map(n -> IntStream.range(0, n).mapToObj(TerraformInstance::counted).toList())
          .orElse(UNKEYED);
    }
    Node forEach = body.get("for_each");
    if (forEach != null) {
      return module.decided(forEach).flatMap(TerraformInstances::keyed).orElse(UNKEYED);
    }
    return UNKEYED;
  }

  private static Optional<Integer> wholeNumber(Object value) {
    return TerraformFunctions.index(value, MOST_LISTED + 1);
  }

  /** One instance per key of a map, or per element of a set of strings; empty when a key is not known. */
  private static Optional<List<TerraformInstance>> keyed(Object collection) {
    Map<String, Node> byKey = new TreeMap<>();
    if (collection instanceof ObjectNode map) {
      map.entries().forEach(byKey::put);
    } else if (collection instanceof ArrayNode set) {
      for (Node element : set.items()) {
        if (!(element instanceof ScalarNode scalar) || scalar.isNull()) {
          return Optional.empty();
        }
        byKey.put(scalar.text(), ScalarNode.string(scalar.text(), scalar.location(), scalar.path()));
      }
    } else {
      return Optional.empty();
    }
    if (byKey.size() > MOST_LISTED || byKey.keySet().stream().anyMatch(key -> key.contains("${") || Symbols.isSymbolic(key))) {
      return Optional.empty();
    }
    List<TerraformInstance> instances = new ArrayList<>();
    byKey.forEach((key, value) -> instances.add(TerraformInstance.keyed(key, value)));
    return Optional.of(instances);
  }

  /** Terraform converts between a number and its string where an index needs it. */
  private static boolean sameKey(Object index, Object key) {
    if (index instanceof BigDecimal number) {
      return TerraformFunctions.number(key).map(k -> k.compareTo(number) == 0).orElse(false);
    }
    return index.equals(key instanceof BigDecimal number ? number.toPlainString() : key);
  }

  /** The index expression right after the address in a reference ({@code each.key} in {@code a.b[each.key].id}). */
  private static Optional<Node> index(String source, String address) {
    int end = indexEnd(source, address);
    return end < 0 ? Optional.empty() : expression(source.substring(address.length() + 1, end), source);
  }

  /** The index of a reference that is {@code base[index]} and nothing more ({@code var.names[count.index]}). */
  static Optional<Node> onlyIndex(String source, String base) {
    int end = indexEnd(source, base);
    return end < 0 || end != source.length() - 1 ? Optional.empty() : expression(source.substring(base.length() + 1, end), source);
  }

  private static Optional<Node> expression(String text, String within) {
    try {
      return Optional.ofNullable(HclLoader.parse("index = " + text, within).get("index"));
    } catch (SourceParseException notAnExpression) {
      return Optional.empty();
    }
  }

  /** Where the index that follows {@code base} in {@code source} closes, or -1 when none follows. */
  private static int indexEnd(String source, String base) {
    return source.startsWith(base + "[") ? closingBracket(source, base.length() + 1) : -1;
  }

  private static int closingBracket(String text, int from) {
    int depth = 0;
    boolean quoted = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && depth-- == 0) {
        return i;
      }
    }
    return -1;
  }
}
