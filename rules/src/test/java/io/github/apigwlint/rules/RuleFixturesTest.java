package io.github.apigwlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.config.ConfigLoader;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.LintResult;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.report.Headlines;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Runs every case of every rule's fixture file through the whole pipeline, one rule at a time. */
class RuleFixturesTest {

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicContainer> everyRuleMeetsItsFixtures() {
    return Stream.concat(RuleRegistry.load().rules().stream(), Linter.engineRules().stream())
        .map(rule -> {
          RuleFixtures fixtures = RuleFixtures.load(rule.info().id());
          return DynamicContainer.dynamicContainer(
              rule.info().id(),
              fixtures.cases().stream()
                  .map(c -> DynamicTest.dynamicTest(c.name(), () -> check(rule, c))));
        });
  }

  private void check(Rule rule, RuleFixtures.Case fixtureCase) throws Exception {
    Path folder = Files.createTempDirectory(temp, "case");
    for (Map.Entry<String, String> file : fixtureCase.files().entrySet()) {
      Path path = folder.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
    Config config = Config.defaults();
    if (fixtureCase.config() != null) {
      Path configFile = folder.resolve(".apigw-lint.yaml");
      Files.writeString(configFile, fixtureCase.config());
      config = ConfigLoader.load(configFile);
    }
    // the engine's own rules (parse errors, suppressions) run with every rule of the pack, whose
    // findings they are about; a pack rule runs alone
    boolean engineRule = Linter.engineRules().stream().anyMatch(r -> r.info().id().equals(rule.info().id()));
    RuleRegistry registry = engineRule ? RuleRegistry.load() : RuleRegistry.of(List.of(rule));
    LintResult result = new Linter(registry).run(new LintRequest(List.of(folder), config, folder));

    FindingIdentities.assertUnique(result.findings());
    List<Finding> own = result.findings().stream().filter(f -> f.ruleId().equals(rule.info().id())).toList();
    List<Finding> parseErrors = result.findings().stream().filter(f -> f.ruleId().equals("parse-error")).toList();
    if (!rule.info().id().equals("parse-error")) {
      assertThat(parseErrors).as("fixture files must parse").isEmpty();
    }
    assertThat(own.stream().map(f -> f.location().file() + ":" + f.location().line()).sorted().toList())
        .as("findings of %s", rule.info().id())
        .containsExactlyElementsOf(fixtureCase.expected().stream().map(RuleFixtures.Expected::at).sorted().toList());
    for (RuleFixtures.Expected expected : fixtureCase.expected()) {
      assertThat(own)
          .filteredOn(f -> (f.location().file() + ":" + f.location().line()).equals(expected.at()))
          .anySatisfy(f -> {
            if (expected.messageContains() != null) {
              assertThat(Headlines.of(f) + "\n" + f.fix()).contains(expected.messageContains());
            }
            if (expected.severity() != null) {
              assertThat(f.severity().name()).isEqualTo(expected.severity());
            }
          });
    }
  }
}
