package io.github.apigwlint.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.config.ConfigLoader;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.source.LoadOutcome;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.SourceFile;
import io.github.apigwlint.source.SourceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressorTest {

  @RuleInfo(id = "test-rule", title = "A test rule", severity = Severity.ERROR, category = "test",
      since = "0.1.0", altIds = "test-old")
  static final class TestRule implements Rule {}

  @TempDir Path folder;

  private final List<Finding> meta = new ArrayList<>();

  private SourceFile load(String name, String text) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, text);
    return ((LoadOutcome.Loaded) new SourceLoader().load(file, name)).file();
  }

  /** A finding about {@code element}, or about a part of it when a path follows a space. */
  private static Finding finding(String file, int line, String element) {
    String[] parts = element.split(" ", 2);
    Subject subject = new Subject(Subject.Kind.API, parts[0], parts.length > 1 ? parts[1] : "");
    return new Finding("test-rule", Severity.ERROR, "bad", new Location(file, line, 3), subject, List.of(), null);
  }

  private Suppressor.Outcome apply(Suppressor suppressor, List<Finding> findings) {
    List<RuleInfo> rules = List.of(new TestRule().info(), new SuppressionWithoutReasonRule().info(),
        new UnusedSuppressionRule().info());
    RuleContext without = new RuleContext(rules.get(1), Severity.WARNING, false, null, meta::add);
    RuleContext unused = new RuleContext(rules.get(2), Severity.NOTE, false, null, meta::add);
    return suppressor.apply(findings, rules, Set.of("test-rule"), without, unused);
  }

  @Test
  void resourceMetadataCoversTheResourceOnly() throws Exception {
    SourceFile template = load("t.yaml", """
        Resources:
          A:
            Type: AWS::ApiGateway::RestApi
            Metadata:
              apigw-lint:
                ignore:
                  - {id: test-old, reason: known}
            Properties: {Name: a}
          B:
            Type: AWS::ApiGateway::RestApi
        """);
    Suppressor suppressor = Suppressor.collect(List.of(template), Config.defaults());
    Suppressor.Outcome outcome = apply(suppressor, List.of(
        finding("t.yaml", 2, "t.yaml#A"), finding("t.yaml", 8, "x"), finding("t.yaml", 9, "t.yaml#B"),
        finding("other.json", 0, "t.yaml#A")));
    assertThat(outcome.suppressed()).isEqualTo(2);
    assertThat(outcome.kept()).extracting(f -> f.location().line()).containsExactly(9, 0);
    assertThat(meta).isEmpty();
  }

  @Test
  void findingsAboutTheResourceElsewhereInTheFileAreCovered() throws Exception {
    SourceFile template = load("t.yaml", """
        Resources:
          A:
            Type: AWS::ApiGateway::RestApi
            Metadata: {apigw-lint: {ignore: [{id: test-rule, reason: known}]}}
          B:
            Type: AWS::ApiGateway::Deployment
        """);
    Suppressor.Outcome outcome = apply(Suppressor.collect(List.of(template), Config.defaults()),
        List.of(finding("t.yaml", 5, "t.yaml#A 111111111111")));
    assertThat(outcome.kept()).isEmpty();
  }

  @Test
  void templateMetadataCoversTheFileAndReportsMissingReasonAndUnusedEntries() throws Exception {
    SourceFile template = load("t.yaml", """
        Metadata:
          apigw-lint:
            ignore: [test-rule, {id: no-such-rule, reason: typo}]
        Resources: {}
        """);
    Suppressor.Outcome outcome = apply(Suppressor.collect(List.of(template), Config.defaults()),
        List.of(finding("t.yaml", 4, "x")));
    assertThat(outcome.kept()).isEmpty();
    assertThat(meta).extracting(Finding::ruleId, f -> f.location().line())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("suppression-without-reason", 3),
            org.assertj.core.groups.Tuple.tuple("unused-suppression", 3));
  }

  @Test
  void openApiOperationScope() throws Exception {
    SourceFile api = load("api.yaml", """
        openapi: 3.0.1
        info: {title: t, version: "1"}
        paths:
          /orders:
            get:
              x-apigw-lint-ignore: [{id: test-rule, reason: public by design}]
              responses: {}
            post:
              responses: {}
        """);
    Suppressor.Outcome outcome = apply(Suppressor.collect(List.of(api), Config.defaults()),
        List.of(finding("api.yaml", 5, "get"), finding("api.yaml", 8, "post")));
    assertThat(outcome.kept()).extracting(f -> f.location().line()).containsExactly(8);
  }

  @Test
  void configurationEntriesCoverPolicyFilesByGlob() throws Exception {
    Config config = ConfigLoader.parse("""
        suppress:
          - {path: "policies/**", id: test-rule, reason: shared policies reviewed}
          - {path: "other/*.json", id: test-rule}
        """, ".apigw-lint.yaml");
    Suppressor.Outcome outcome = apply(Suppressor.collect(List.of(), config),
        List.of(finding("policies/a/p.json", 1, "/"), finding("p.json", 1, "/")));
    assertThat(outcome.kept()).extracting(f -> f.location().file()).containsExactly("p.json");
    assertThat(meta).extracting(Finding::ruleId)
        .containsExactlyInAnyOrder("suppression-without-reason", "unused-suppression");
    assertThat(meta).allSatisfy(f -> assertThat(f.location()).isEqualTo(new Location(".apigw-lint.yaml", 3, 5)));
  }

  @Test
  void suppressionsOfRulesThatDidNotRunAreNotUnused() throws Exception {
    Config config = ConfigLoader.parse("suppress: [{path: '*', id: parse-error, reason: r}]\n", "c.yaml");
    List<RuleInfo> rules = List.of(new TestRule().info(), new UnusedSuppressionRule().info(),
        new io.github.apigwlint.engine.ParseErrorRule().info());
    RuleContext unused = new RuleContext(rules.get(1), Severity.NOTE, false, null, meta::add);
    Suppressor.collect(List.of(), config).apply(List.of(), rules, Set.of("test-rule"), null, unused);
    assertThat(meta).isEmpty();
  }
}
