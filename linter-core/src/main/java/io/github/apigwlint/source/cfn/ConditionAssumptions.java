package io.github.apigwlint.source.cfn;

import java.util.Map;
import java.util.Optional;

/** Truth values assumed for conditions the template cannot decide (one variant of a template). */
public record ConditionAssumptions(Map<String, Boolean> values) {

  private static final ConditionAssumptions NONE = new ConditionAssumptions(Map.of());

  public ConditionAssumptions {
    values = Map.copyOf(values);
  }

  public static ConditionAssumptions none() {
    return NONE;
  }

  Optional<Boolean> of(String condition) {
    return Optional.ofNullable(values.get(condition));
  }
}
