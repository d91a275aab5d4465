package io.github.apigwlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.rule.Finding;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks that the findings of one run are told apart by their identity, as baselines need. */
final class FindingIdentities {

  private FindingIdentities() {}

  static void assertUnique(List<Finding> findings) {
    Map<String, List<String>> shared = findings.stream()
        .collect(Collectors.groupingBy(Finding::identity, Collectors.mapping(f -> f.location() + " " + f.message(), Collectors.toList())))
        .entrySet().stream()
        .filter(e -> e.getValue().size() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(shared).as("findings of one run that share an identity").isEmpty();
  }
}
