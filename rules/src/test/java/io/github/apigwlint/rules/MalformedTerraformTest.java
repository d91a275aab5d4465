package io.github.apigwlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.JsonLoader;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Terraform plans and {@code .tf.json} modules with one value replaced by a value of another type:
 * whatever is replaced, every rule runs, nothing escapes and no finding is an {@code internal-error}.
 */
@Timeout(300)
class MalformedTerraformTest {

  /** What each tuple or object is replaced by in turn. */
  private static final List<String> REPLACEMENTS = List.of("null", "7", "\"x\"", "{}", "[]");
  /** What each scalar is replaced by in turn: a value of each other kind. */
  private static final List<String> SCALAR_REPLACEMENTS = List.of("null", "7", "{}");

  private final RuleRegistry rules = RuleRegistry.load();

  @TempDir Path folder;

  static Stream<Path> plans() {
    Path corpusPlan = Path.of(System.getProperty("apigwlint.corpus", "../../shared/corpus"))
        .resolve("terraform-compliance/tests__functional__test_issue-338-cache_resources_raw__plan.out.json");
    return Stream.of(Path.of("../examples/terraform/plan.json"), corpusPlan).filter(Files::isRegularFile);
  }

  @ParameterizedTest
  @MethodSource("plans")
  void aPlanWithAnyValueOfTheWrongTypeIsReadWithoutInternalErrors(Path plan) throws IOException {
    assertEveryMutationReads(Files.readString(plan), "plan.json");
  }

  @Test
  void aTfJsonModuleWithAnyValueOfTheWrongTypeIsReadWithoutInternalErrors() throws IOException {
    assertEveryMutationReads("""
        {
          "variable": {"name": {"default": "orders"}},
          "locals": {"arn": "${aws_api_gateway_rest_api.api.execution_arn}/*", "copy": "${local.arn}"},
          "module": {"child": {"source": "./child", "name": "${var.name}"}},
          "resource": {
            "aws_api_gateway_rest_api": {"api": {
              "name": "${var.name}",
              "count": 1,
              "endpoint_configuration": [{"types": ["PRIVATE"], "vpc_endpoint_ids": ["vpce-1"]}]
            }},
            "aws_api_gateway_rest_api_policy": {"api": {
              "rest_api_id": "${aws_api_gateway_rest_api.api[0].id}",
              "policy": "${jsonencode({Version = \\"2012-10-17\\", Statement = [{Effect = \\"Allow\\", Principal = \\"*\\", Action = \\"execute-api:Invoke\\", Resource = local.copy}]})}"
            }}
          },
          "output": {"id": {"value": "${aws_api_gateway_rest_api.api[0].id}"}}
        }
        """, "main.tf.json");
  }

  /** Lints {@code original} with each of its values replaced by each of {@link #REPLACEMENTS}, one at a time. */
  private void assertEveryMutationReads(String original, String name) throws IOException {
    Node tree = JsonLoader.parse(original, name);
    List<String> pointers = new ArrayList<>();
    List<String> scalars = new ArrayList<>();
    render(tree, "", null, null, pointers::add, scalars::add);
    assertThat(pointers).hasSizeGreaterThan(20);
    Files.createDirectories(folder.resolve("child"));
    Files.writeString(folder.resolve("child/main.tf"), "variable \"name\" {}\n");
    for (String pointer : pointers.subList(1, pointers.size())) {
      for (String replacement : scalars.contains(pointer) ? SCALAR_REPLACEMENTS : REPLACEMENTS) {
        Files.writeString(folder.resolve(name), render(tree, "", pointer, replacement, p -> {}, p -> {}));
        List<Finding> findings = new Linter(rules).run(new LintRequest(List.of(folder), Config.defaults(), folder).withThreads(1)).findings();
        assertThat(findings).as("%s at %s replaced by %s", name, pointer, replacement)
            .noneMatch(f -> f.ruleId().equals("internal-error"));
      }
    }
  }

  /**
   * The JSON text of {@code node}, the value at {@code target} written as {@code replacement}; every
   * pointer met goes to {@code met}, those of scalars also to {@code scalars}.
   */
  private static String render(Node node, String pointer, String target, String replacement, Consumer<String> met, Consumer<String> scalars) {
    met.accept(pointer);
    if (pointer.equals(target)) {
      return replacement;
    }
    if (node instanceof ObjectNode object) {
      List<String> entries = new ArrayList<>();
      object.entries().forEach((key, value) ->
          entries.add(quoted(key) + ":" + render(value, pointer + "/" + key.replace("~", "~0").replace("/", "~1"), target, replacement, met, scalars)));
      return "{" + String.join(",", entries) + "}";
    }
    if (node instanceof ArrayNode array) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        items.add(render(array.items().get(i), pointer + "/" + i, target, replacement, met, scalars));
      }
      return "[" + String.join(",", items) + "]";
    }
    scalars.accept(pointer);
    ScalarNode scalar = (ScalarNode) node;
    return scalar.isString() ? quoted(scalar.text()) : scalar.text();
  }

  private static String quoted(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
