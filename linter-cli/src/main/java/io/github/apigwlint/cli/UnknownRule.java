package io.github.apigwlint.cli;

import io.github.apigwlint.config.Suggestions;
import io.github.apigwlint.engine.RuleRegistry;
import java.util.List;
import java.util.stream.Stream;

/** What to tell someone who named a rule that does not exist. */
final class UnknownRule {

  private UnknownRule() {}

  /** {@code  (did you mean a, b?)}, or where to find the ids when nothing is close. */
  static String hint(String id, RuleRegistry rules) {
    List<String> ids =
        rules.infos().stream()
            .flatMap(info -> Stream.concat(Stream.of(info.id()), Stream.of(info.altIds())))
            .toList();
    List<String> close = Suggestions.closest(id, ids);
    return close.isEmpty()
        ? " ('apigw-lint rules' lists them)"
        : " (did you mean " + String.join(", ", close) + "?)";
  }
}
