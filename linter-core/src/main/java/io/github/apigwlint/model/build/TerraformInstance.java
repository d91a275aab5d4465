package io.github.apigwlint.model.build;

import io.github.apigwlint.source.Node;
import java.math.BigDecimal;

/**
 * One instance of a resource or module call, as {@code count} or {@code for_each} make it: its
 * address suffix ({@code [0]}, {@code ["users"]}) and what {@code count.index}, {@code each.key}
 * and {@code each.value} stand for in it. When the module does not decide how many instances there
 * are, one symbolic instance stands for all of them: no suffix, and those values unknown.
 *
 * @param suffix what follows the block's address; empty for a single or symbolic instance
 * @param index {@code count.index} ({@link BigDecimal}) or {@code each.key} ({@link String}); null when not known
 * @param value {@code each.value}; null when not known or not a {@code for_each} instance
 */
record TerraformInstance(String suffix, Object index, Node value) {

  /**
   * The instance without a key: the only one of a block without {@code count} or {@code for_each},
   * or the one that stands for an unknown number of them, whose {@code count.index} and {@code
   * each.*} are unknown.
   */
  static final TerraformInstance UNKEYED = new TerraformInstance("", null, null);

  static TerraformInstance counted(int index) {
    return new TerraformInstance("[" + index + "]", BigDecimal.valueOf(index), null);
  }

  static TerraformInstance keyed(String key, Node value) {
    return new TerraformInstance("[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]", key, value);
  }
}
