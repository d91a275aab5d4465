package io.github.apigwlint.engine;

import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

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

  /** The rule with this id or one of its former ids. */
  public Optional<Rule> find(String id) {
    return rules.stream()
        .filter(rule -> rule.info().id().equals(id) || List.of(rule.info().altIds()).contains(id))
        .findFirst();
  }
}
