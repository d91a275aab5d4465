package io.github.apigwlint.engine;

import io.github.apigwlint.config.Suggestions;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/** The rules on the class path, found with {@link ServiceLoader}, in id order. */
public final class RuleRegistry {

  private final List<Rule> rules;

  private RuleRegistry(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static RuleRegistry load(ClassLoader loader) {
    List<Rule> found = new ArrayList<>();
    ServiceLoader.load(Rule.class, loader).forEach(found::add);
    found.sort(Comparator.comparing(rule -> rule.info().id()));
    return new RuleRegistry(found);
  }

  public static RuleRegistry load() {
    return load(RuleRegistry.class.getClassLoader());
  }

  public static RuleRegistry of(List<Rule> rules) {
    return new RuleRegistry(rules);
  }

  public List<Rule> rules() {
    return rules;
  }

  public List<RuleInfo> infos() {
    return rules.stream().map(Rule::info).toList();
  }

  /** These rules and the engine's own ({@link Linter#engineRules()}): every rule a user may name. */
  public RuleRegistry withEngineRules() {
    List<Rule> all = new ArrayList<>(rules);
    all.addAll(Linter.engineRules());
    all.sort(Comparator.comparing(rule -> rule.info().id()));
    return new RuleRegistry(all);
  }

  /** For a message about an unknown id: {@code " (did you mean a, b?)"}, or where the ids are listed. */
  public String unknownIdHint(String id) {
    List<String> ids =
        rules.stream()
            .flatMap(rule -> Stream.concat(Stream.of(rule.info().id()), Stream.of(rule.info().altIds())))
            .toList();
    List<String> close = Suggestions.closest(id, ids);
    return close.isEmpty()
        ? " ('apigw-lint rules' lists them)"
        : " (did you mean " + String.join(", ", close) + "?)";
  }

  /** The rule with this id or one of its former ids. */
  public Optional<Rule> find(String id) {
    return rules.stream()
        .filter(rule -> rule.info().id().equals(id) || List.of(rule.info().altIds()).contains(id))
        .findFirst();
  }
}
