package io.github.apigwlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.config.ConfigLoader;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON and YAML built to exhaust the stack or the heap: each stops at one of the run's limits, as a
 * {@code limit-exceeded} finding where it happened, on a thread of 512 KB of stack, and a good file
 * beside it is analysed as usual.
 */
@Timeout(60)
class HostileInputTest {

  private static final int DEEP = 100_000;

  @TempDir Path folder;

  /** Reports every API it sees: the good file's finding. */
  @RuleInfo(id = "sees-api", title = "t", severity = Severity.WARNING, category = "test", since = "0.1.0")
  static final class SeesApi implements Rule {
    @Override
    public void visitApi(Api api, RuleContext context) {
      context.report("seen " + api.endpointType(), api.location(), Subject.api(api)).emit();
    }
  }

  /**
   * The findings of {@code name} in a run, on a small stack, over the folder with a good template
   * beside it, whose finding is checked here.
   */
  private List<String> runBeside(String name, String text, Config config) throws Exception {
    Files.writeString(folder.resolve(name), text);
    Files.writeString(folder.resolve("good.yaml"), "Resources:\n  GoodApi:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Name: n\n");
    List<String> findings = onSmallStack(() -> new Linter(RuleRegistry.of(List.of(new SeesApi())))
        .run(new LintRequest(List.of(folder), config, folder).withThreads(1))
        .findings().stream().map(f -> f.ruleId() + " " + f.location() + " " + f.message()).toList());
    assertThat(findings).contains("sees-api good.yaml:2:3 seen EDGE");
    Files.delete(folder.resolve(name));
    return findings.stream().filter(f -> !f.contains(" good.yaml:")).toList();
  }

  private List<String> runBeside(String name, String text) throws Exception {
    return runBeside(name, text, Config.defaults());
  }

  static <T> T onSmallStack(java.util.concurrent.Callable<T> work) throws Exception {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failed = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(work.call());
      } catch (Throwable e) {
        failed.set(e);
      }
    }, "small-stack", 512 * 1024);
    thread.start();
    thread.join();
    if (failed.get() != null) {
      throw new AssertionError(failed.get());
    }
    return result.get();
  }

  static String deepJson() {
    return "{\"Version\": \"2012-10-17\", \"Statement\": " + "[".repeat(DEEP) + "]".repeat(DEEP) + "}\n";
  }

  static String deepYaml() {
    return "Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Tags: " + "[".repeat(DEEP) + "]".repeat(DEEP) + "\n";
  }

  /** Ten levels, each a list of five aliases of the level below: 5^10 values from 50 aliases. */
  static String aliasBomb() {
    StringBuilder yaml = new StringBuilder("AWSTemplateFormatVersion: \"2010-09-09\"\nResources: {}\nl0: &l0 [x, x, x, x, x]\n");
    for (int level = 1; level <= 10; level++) {
      String below = "*l" + (level - 1);
      yaml.append("l").append(level).append(": &l").append(level).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(5, below))).append("]\n");
    }
    return yaml.toString();
  }

  /** A scalar of 1 MB aliased 30 times: few values, 30 million characters. */
  static String longScalarAliases() {
    return "AWSTemplateFormatVersion: \"2010-09-09\"\nResources: {}\nlong: &long \"" + "x".repeat(1_000_000) + "\"\njoined:\n  Fn::Join: ['', [" + "*long, ".repeat(29) + "*long]]\n";
  }

  @Test
  void deeplyNestedJsonIsPastTheDepthLimitWhereItNests() throws Exception {
    assertThat(runBeside("deep.json", deepJson())).containsExactly(
        "limit-exceeded deep.json:1:296 JSON nesting: more than 256 levels of nesting"
            + " (raise it with `limits: {depth: …}` in .apigw-lint.yaml)");
  }

  @Test
  void deeplyNestedYamlIsPastTheDepthLimitBeforeTheComposerRecurses() throws Exception {
    assertThat(runBeside("deep.yaml", deepYaml())).containsExactly(
        "limit-exceeded deep.yaml:5:266 YAML nesting: more than 256 levels of nesting (raise it with `limits: {depth: …}` in .apigw-lint.yaml)");
  }

  /** The default limit is safe on a small stack: a file nested as deep as it allows is read and analysed whole. */
  @Test
  void nestingUpToTheDefaultLimitIsAnalysedOnASmallStack() throws Exception {
    // the template's own mappings hold the lists four levels down: the 253rd is at level 256
    String lists = "[".repeat(253) + "]".repeat(253);
    assertThat(runBeside("limit.yaml", deepYaml().replace("[".repeat(DEEP) + "]".repeat(DEEP), lists))).containsExactly("sees-api limit.yaml:2:3 seen EDGE");
    assertThat(runBeside("limit.json", "{\"Resources\": {\"Api\": {\"Type\": \"AWS::ApiGateway::RestApi\", \"Properties\": {\"Tags\": "
        + lists + "}}}}\n")).singleElement().asString().startsWith("sees-api limit.json:1:");
    assertThat(runBeside("over.yaml", deepYaml().replace("[".repeat(DEEP) + "]".repeat(DEEP), "[" + lists + "]")))
        .singleElement().asString().startsWith("limit-exceeded over.yaml:5:");
  }

  @Test
  void anotherToolsFilePastALimitIsPassedOverWithANote() throws Exception {
    Files.writeString(folder.resolve("data.json"), "{\"rows\": " + "[".repeat(DEEP) + "]".repeat(DEEP) + "}\n");
    LintResult result = onSmallStack(() -> new Linter(RuleRegistry.of(List.of(new SeesApi())))
        .run(new LintRequest(List.of(folder), Config.defaults(), folder)));
    assertThat(result.findings()).isEmpty();
    assertThat(result.notes()).anySatisfy(note -> assertThat(note).startsWith("data.json: skipped, past a limit (line 1, column 266: JSON nesting"));
  }

  @Test
  void aRecursiveAnchorIsPastTheDepthLimit() throws Exception {
    assertThat(runBeside("recursive.yaml", "AWSTemplateFormatVersion: \"2010-09-09\"\nResources: {}\nloop: &loop [*loop]\n")).first().asString()
        .startsWith("limit-exceeded recursive.yaml:3:7 YAML nesting (or a recursive alias): more than 256 levels");
  }

  @Test
  void aliasesThatExpandToMillionsOfValuesArePastTheNodeLimit() throws Exception {
    assertThat(runBeside("bomb.yaml", aliasBomb())).first().asString()
        .startsWith("limit-exceeded bomb.yaml:")
        .contains("YAML values (aliases expanded): more than 2000000 values in one file");
  }

  @Test
  void moreAliasesOfCollectionsThanTheLimitArePastIt() throws Exception {
    String yaml = "AWSTemplateFormatVersion: \"2010-09-09\"\nResources: {}\nlist: &list [a]\nuses: [" + "*list, ".repeat(50) + "*list]\n";
    assertThat(runBeside("aliases.yaml", yaml)).first().asString()
        .startsWith("limit-exceeded aliases.yaml:4:")
        .contains("this alias: more than 50 YAML aliases of collections");
  }

  @Test
  void aLongScalarAliasedManyTimesIsPastTheStringLengthLimitAllTogether() throws Exception {
    assertThat(runBeside("long.yaml", longScalarAliases())).first().asString()
        .startsWith("limit-exceeded long.yaml:3:7 ")
        .contains("the characters YAML aliases repeat, all together: more than 10000000 characters in one value");
  }

  @Test
  void theNodeAndStringLimitsAreTheConfiguredOnes() throws Exception {
    Config config = ConfigLoader.parse("limits:\n  nodes: 1000\n  stringLength: 100\n", "c.yaml");
    String many = "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {}, \"list\": [" + "1, ".repeat(2000) + "1]}\n";
    assertThat(runBeside("many.json", many, config)).first().asString()
        .startsWith("limit-exceeded many.json:1:").contains("JSON values: more than 1000 values in one file");
    String long_ = "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {}, \"Description\": \"" + "x".repeat(101) + "\"}\n";
    assertThat(runBeside("long.json", long_, config)).first().asString()
        .isEqualTo("limit-exceeded long.json:1:76 a JSON string: more than 100 characters in one value"
            + " (raise it with `limits: {stringLength: …}` in .apigw-lint.yaml)");
  }

  @Test
  void aDeeplyNestedPolicyStringIsPastTheDepthLimitInsideTheString() throws Exception {
    String template = "Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Policy: '"
        + "[".repeat(DEEP) + "]".repeat(DEEP) + "'\n";
    assertThat(runBeside("string.yaml", template)).first().asString()
        .startsWith("limit-exceeded string.yaml:5:").contains("JSON nesting");
  }

  @Test
  void deeplyNestedConfigurationIsAnErrorWithItsPlace() throws Exception {
    String text = "consumers: " + "[".repeat(DEEP) + "]".repeat(DEEP) + "\n";
    Throwable thrown = onSmallStack(() -> {
      try {
        ConfigLoader.parse(text, ".apigw-lint.yaml");
        return null;
      } catch (io.github.apigwlint.config.ConfigException e) {
        return e;
      }
    });
    assertThat(thrown).hasMessage(".apigw-lint.yaml:1:268: invalid YAML: more than 256 levels of nesting");
  }

  @Test
  void moreAliasesInTheConfigurationThanItsLimitAreAnErrorWithTheirPlace() {
    String text = "exclude: &globs [\"build/**\"]\nsuppress: [" + "*globs, ".repeat(20) + "*globs]\n";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfigLoader.parse(text, ".apigw-lint.yaml"))
        .hasMessage(".apigw-lint.yaml:2:172: invalid YAML: more than 20 YAML aliases of collections");
  }
}
