package io.github.apigwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.engine.AnalysisTimeoutRule;
import io.github.apigwlint.engine.InternalErrorRule;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleDocs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README's first command: the bundled examples show every rule, and the clean file stays clean. */
class ExamplesTest {

  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  private static final Pattern RULE_ID = Pattern.compile("\"ruleId\": \"([^\"]+)\"");
  private static final Pattern FILE = Pattern.compile("\"file\": \"([^\"]+)\"");

  private static int exitCode;
  private static String json;

  @BeforeAll
  static void checkTheExamples() {
    StringWriter out = new StringWriter();
    Environment environment =
        new Environment(
            RuleRegistry::load,
            (rules, request) -> new Linter(rules).run(request),
            new RuleDocs(RuleRegistry.class.getClassLoader()),
            REPOSITORY,
            Clock.systemUTC(),
            false);
    CommandLine commandLine = Cli.create(environment);
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(new StringWriter()));
    exitCode = commandLine.execute("check", "examples", "--config", "examples/.apigw-lint.yaml", "--format", "json");
    json = out.toString();
  }

  @Test
  void theExamplesFailTheCheck() {
    assertThat(exitCode).isEqualTo(ExitCodes.FINDINGS);
  }

  /**
   * Every rule but the two no example could show without being a defect or depending on the
   * machine's speed: an internal error, and a file past the time budget.
   */
  @Test
  void everyRuleHasAnExample() {
    Set<String> reported = matches(RULE_ID);
    Set<String> rules = new TreeSet<>();
    Stream.concat(RuleRegistry.load().rules().stream(), Linter.engineRules().stream())
        .map(Rule::info)
        .forEach(info -> rules.add(info.id()));
    rules.removeAll(Set.of(InternalErrorRule.ID, AnalysisTimeoutRule.ID));
    assertThat(reported).containsAll(rules);
  }

  @Test
  void theCleanExampleHasNoFinding() {
    assertThat(matches(FILE)).isNotEmpty().doesNotContain("examples/templates/catalog-private-api.yaml");
  }

  private static Set<String> matches(Pattern pattern) {
    Set<String> values = new TreeSet<>();
    pattern.matcher(json).results().forEach(match -> values.add(match.group(1)));
    return values;
  }
}
