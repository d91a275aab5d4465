package io.github.apigwlint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The case file of a rule, {@code fixtures/<rule-id>.yaml}: named cases, each with the files to
 * lint, an optional configuration, and the findings expected as {@code file:line} (an empty list is
 * a passing case).
 */
record RuleFixtures(String ruleId, List<Case> cases) {

  record Case(String name, Map<String, String> files, String config, List<Expected> expected) {
    boolean bad() {
      return !expected.isEmpty();
    }
  }

  /**
   * An expected finding: where, and optionally words its message must contain and the severity it
   * must have ({@code ERROR}, {@code WARNING}, {@code NOTE}).
   */
  record Expected(String at, String messageContains, String severity) {}

  static RuleFixtures load(String ruleId) {
    String resource = "/fixtures/" + ruleId + ".yaml";
    try (InputStream in = RuleFixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        return new RuleFixtures(ruleId, List.of());
      }
      Object document = new Load(LoadSettings.builder().setLabel(resource).build()).loadFromInputStream(in);
      return new RuleFixtures(ruleId, cases(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Case> cases(Object document) {
    List<Case> cases = new ArrayList<>();
    for (Object item : (List<Object>) ((Map<String, Object>) document).get("cases")) {
      Map<String, Object> map = (Map<String, Object>) item;
      List<Expected> expected = new ArrayList<>();
      for (Object e : (List<Object>) map.getOrDefault("expect", List.of())) {
        if (e instanceof Map<?, ?> m) {
          expected.add(new Expected((String) m.get("at"), (String) m.get("message"), (String) m.get("severity")));
        } else {
          expected.add(new Expected((String) e, null, null));
        }
      }
      cases.add(
          new Case(
              (String) map.get("name"),
              (Map<String, String>) map.get("files"),
              (String) map.get("config"),
              expected));
    }
    return cases;
  }
}
