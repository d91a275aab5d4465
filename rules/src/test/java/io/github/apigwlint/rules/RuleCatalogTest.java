package io.github.apigwlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.apigwlint.engine.InternalErrorRule;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleIndex;
import io.github.apigwlint.rule.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rule is complete: a stable id, metadata, a doc page, and good and bad fixtures. */
class RuleCatalogTest {

  private static final Path DOCS = Path.of("..", "docs", "rules");

  private final List<Rule> pack = RuleRegistry.load().rules();

  /** The pack and the engine's own rules, whose findings the core makes (parse errors, suppressions). */
  private final List<Rule> rules =
      java.util.stream.Stream.concat(pack.stream(), Linter.engineRules().stream()).toList();

  @Test
  void theRulePackIsFoundByServiceLoader() {
    assertThat(pack).hasSizeGreaterThanOrEqualTo(11);
  }

  @Test
  void idsAreUniqueKebabCaseAndCarryMetadata() {
    Set<String> seen = new HashSet<>();
    for (Rule rule : rules) {
      RuleInfo info = rule.info();
      assertThat(info.id()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
      assertThat(seen.add(info.id())).as("duplicate id %s", info.id()).isTrue();
      for (String alt : info.altIds()) {
        assertThat(seen.add(alt)).as("alias %s reused", alt).isTrue();
      }
      assertThat(info.title()).isNotBlank().doesNotEndWith(".");
      assertThat(info.since()).matches("\\d+\\.\\d+\\.\\d+");
      assertThat(info.category()).isNotBlank();
    }
  }

  @Test
  void everyRuleHasADocPageThatStartsWithItsIdAndTheLineGeneratedFromItsMetadata() throws IOException {
    for (Rule rule : rules) {
      RuleInfo info = rule.info();
      Path page = DOCS.resolve(info.id() + ".md");
      assertThat(page).as("doc page of %s", info.id()).exists();
      String text = Files.readString(page);
      String[] lines = text.split("\n", 4);
      assertThat(lines[0]).isEqualTo("# " + info.id());
      String header = RuleIndex.pageHeader(info);
      if (Boolean.getBoolean("apigwlint.updateDocs") && !lines[2].equals(header)) {
        Files.writeString(page, lines[0] + "\n\n" + header + "\n" + lines[3]);
        lines[2] = header;
      }
      assertThat(lines[2]).as("line 3 of %s; run with -Dapigwlint.updateDocs=true to regenerate", page).isEqualTo(header);
    }
  }

  /** A rule class that is not in the ServiceLoader file never runs, and nothing else would say so. */
  @Test
  void everyRuleClassOfThePackIsRegistered() {
    Set<String> registered = new HashSet<>(pack.stream().map(rule -> rule.getClass().getName()).toList());
    List<String> ruleClasses = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.apigwlint.rules")
        .stream()
        .filter(type -> type.isAssignableTo(Rule.class) && !type.getModifiers().contains(JavaModifier.ABSTRACT)
            && !type.isInterface())
        .map(JavaClass::getName)
        .toList();
    assertThat(ruleClasses).hasSizeGreaterThanOrEqualTo(pack.size());
    assertThat(registered).as("META-INF/services/io.github.apigwlint.rule.Rule").containsAll(ruleClasses);
  }

  /**
   * No input may cause an {@code internal-error}, so its fixture has no bad case: engine tests make one with a
   * rule that fails ({@code IsolationTest}).
   */
  @Test
  void everyRuleHasGoodAndBadFixtures() {
    for (Rule rule : rules) {
      RuleFixtures fixtures = RuleFixtures.load(rule.info().id());
      if (!rule.info().id().equals(InternalErrorRule.ID)) {
        assertThat(fixtures.cases()).as("cases of %s", rule.info().id()).anyMatch(RuleFixtures.Case::bad);
      }
      assertThat(fixtures.cases()).as("cases of %s", rule.info().id()).anyMatch(c -> !c.bad());
    }
  }

  @Test
  void theDocsIndexIsGeneratedFromTheMetadata() throws IOException {
    String expected = RuleIndex.markdown(rules.stream().map(Rule::info).toList());
    Path index = DOCS.resolve("README.md");
    if (Boolean.getBoolean("apigwlint.updateDocs")) {
      Files.writeString(index, expected);
    }
    assertThat(index).as("run with -Dapigwlint.updateDocs=true to regenerate").hasContent(expected);
  }
}
