package io.github.apigwlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
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
 * Terraform configurations built to exhaust the stack, the heap or the time of a run: each is a
 * finding where the limit is passed, and the module beside it is read as if it were not there. Each
 * run also goes on a thread with a 512 KB stack, where recursion as deep as the input would overflow.
 */
@Timeout(60)
class HostileTerraformTest {

  private static final String GOOD = "resource \"aws_api_gateway_rest_api\" \"good\" {\n  name = \"good\"\n}\n";
  private static final String SEEN = "api-seen good/main.tf:1 seen";

  @TempDir Path folder;

  /** Reports every API it sees, so that a test sees which modules were read. */
  @RuleInfo(id = "api-seen", title = "t", severity = Severity.WARNING, category = "test", since = "0.1.0")
  static final class ApiSeen implements Rule {
    @Override
    public void visitApi(Api api, RuleContext context) {
      context.report("seen", api.location(), Subject.api(api)).emit();
    }
  }

  /** The findings of a run over {@code bad/<file>} holding {@code text} and {@code good/main.tf}. */
  private List<String> lintBeside(String file, String text) throws Exception {
    write("bad/" + file, text);
    write("good/main.tf", GOOD);
    return lint();
  }

  private void write(String file, String text) throws IOException {
    Path path = folder.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }

  List<String> lint() throws Exception {
    return lint(Config.defaults(), 512 * 1024);
  }

  /** Lints the folder on a thread with a stack of {@code stack} bytes. */
  List<String> lint(Config config, long stack) throws Exception {
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        LintResult result = new Linter(RuleRegistry.of(List.of(new ApiSeen())))
            .run(new LintRequest(List.of(folder), config, folder).withThreads(1));
        outcome.set(result.findings().stream()
            .map(f -> f.ruleId() + " " + f.location().file() + ":" + f.location().line() + " " + f.message()).toList());
      } catch (Throwable e) {
        outcome.set(e);
      }
    }, "small-stack", stack);
    thread.start();
    thread.join();
    if (outcome.get() instanceof Throwable thrown) {
      throw new AssertionError(thrown);
    }
    @SuppressWarnings("unchecked")
    List<String> findings = (List<String>) outcome.get();
    return findings;
  }

  static String nested(String open, String inner, String close, int depth) {
    return open.repeat(depth) + inner + close.repeat(depth);
  }

  @Test
  void parenthesesNestedDeeperThanTheLimitAreALimitExceededWhereTheyPassIt() throws Exception {
    assertThat(lintBeside("main.tf", "locals {\n  x = " + nested("(", "1", ")", 50_000) + "\n}\n")).containsExactly(
        "limit-exceeded bad/main.tf:2 HCL nesting: more than 256 levels of nesting (raise it with `limits: {depth: …}` in .apigw-lint.yaml)",
        SEEN);
  }

  @Test
  void blocksNestedDeeperThanTheLimitAreALimitExceeded() throws Exception {
    assertThat(lintBeside("main.tf", "resource \"aws_s3_bucket\" \"b\" {\n" + nested("a {\n", "", "}\n", 10_000) + "}\n"))
        .containsExactly(
            "limit-exceeded bad/main.tf:257 HCL nesting: more than 256 levels of nesting (raise it with `limits: {depth: …}` in .apigw-lint.yaml)",
            SEEN);
  }

  @Test
  void listsNestedDeeperThanTheLimitInAVariableFileAreALimitExceeded() throws Exception {
    assertThat(lintBeside("terraform.tfvars", "x = " + nested("[", "", "]", 50_000) + "\n")).containsExactly(
        "limit-exceeded bad/terraform.tfvars:1 HCL nesting: more than 256 levels of nesting"
            + " (raise it with `limits: {depth: …}` in .apigw-lint.yaml)",
        SEEN);
  }

  @Test
  void aChainOfIndexesLongerThanTheLimitIsALimitExceeded() throws Exception {
    assertThat(lintBeside("main.tf", "locals {\n  x = local.y" + "[0]".repeat(50_000) + "\n}\n")).containsExactly(
        "limit-exceeded bad/main.tf:2 HCL nesting: more than 256 levels of nesting (raise it with `limits: {depth: …}` in .apigw-lint.yaml)",
        SEEN);
  }

  @Test
  void templatesNestedInTemplatesAreBoundedAlike() throws Exception {
    assertThat(lintBeside("main.tf", "locals {\n  x = " + nested("\"${", "1", "}\"", 20_000) + "\n}\n")).containsExactly(
        "limit-exceeded bad/main.tf:2 HCL nesting: more than 256 levels of nesting (raise it with `limits: {depth: …}` in .apigw-lint.yaml)",
        SEEN);
  }

  @Test
  void heredocsNestedInHeredocsAreBoundedAlike() throws Exception {
    StringBuilder text = new StringBuilder("locals {\n  x = <<H0\n");
    for (int i = 1; i <= 5_000; i++) {
      text.append("${<<H").append(i).append('\n');
    }
    for (int i = 5_000; i >= 1; i--) {
      text.append("H").append(i).append("\n}\n");
    }
    text.append("H0\n}\n");
    assertOnlyItsModuleIsLost(text.toString(), "HCL nesting: more than 256 levels of nesting");
  }

  /** {@code a1 = local.a0}, …, {@code aN = local.a(N-1)}, and an API named after the last. */
  static String localsChain(int length) {
    StringBuilder text = new StringBuilder("locals {\n  a0 = \"orders\"\n");
    for (int i = 1; i <= length; i++) {
      text.append("  a").append(i).append(" = local.a").append(i - 1).append('\n');
    }
    return text.append("}\n\nresource \"aws_api_gateway_rest_api\" \"bad\" {\n  name = local.a").append(length).append("\n}\n").toString();
  }

  @Test
  void localsThatReferToEachOtherInAChainLongerThanTheLimitLoseOnlyTheirModule() throws Exception {
    assertOnlyItsModuleIsLost(localsChain(10_000), "more than 1000 references followed in one chain");
  }

  @Test
  void aChainWithinTheLimitIsEvaluatedToItsEnd() throws Exception {
    write("bad/main.tf", localsChain(100) + "resource \"aws_api_gateway_rest_api\" \"other\" {\n  name = local.a100\n}\n");
    assertThat(lint()).containsExactly("api-seen bad/main.tf:105 seen", "api-seen bad/main.tf:108 seen");
  }

  /** {@link #localsChain} with each link a template of the one before: {@code a1 = "${local.a0}-"}. */
  static String templateChain(int length) {
    return localsChain(length).replaceAll("= (local\\.a[0-9]+)\n  a", "= \"\\${$1}-\"\n  a");
  }

  @Test
  void aChainOfTemplatesLongerThanTheLimitLosesOnlyItsModule() throws Exception {
    assertOnlyItsModuleIsLost(templateChain(10_000), "more than 1000 references followed in one chain");
  }

  @Test
  void aChainOfTemplatesJustWithinTheLimitIsEvaluatedOnASmallStack() throws Exception {
    write("bad/main.tf", templateChain(998));
    assertThat(lint()).containsExactly("api-seen bad/main.tf:1003 seen");
  }

  @Test
  void aCycleOfLocalsStaysOpaque() throws Exception {
    assertThat(lintBeside("main.tf", """
        locals {
          a = local.b
          b = local.a
        }
        resource "aws_api_gateway_rest_api" "bad" {
          name = local.a
        }
        """)).containsExactly("api-seen bad/main.tf:5 seen", SEEN);
  }

  /** {@code l0 = first}, forty locals each {@code link} of the one before ({@code %1$d} its number), and an API with {@code use}. */
  static String doubling(String first, String link, String use) {
    StringBuilder text = new StringBuilder("locals {\n  l0 = " + first + "\n");
    for (int i = 1; i <= 40; i++) {
      text.append("  l").append(i).append(" = ").append(link.formatted(i - 1)).append('\n');
    }
    return text.append("}\n\nresource \"aws_api_gateway_rest_api\" \"bad\" {\n").append(use).append("\n}\n").toString();
  }

  @Test
  void aStringThatDoublesItselfPastTheLimitIsALimitExceeded() throws Exception {
    assertOnlyItsModuleIsLost(doubling("\"0123456789\"", "\"${local.l%1$d}${local.l%1$d}\"", "  name = local.l40"),
        "more than 10000000 characters in one value");
  }

  @Test
  void aTupleThatDoublesItselfPastTheLimitIsALimitExceeded() throws Exception {
    assertOnlyItsModuleIsLost(doubling("[\"a\", \"b\"]", "[local.l%1$d, local.l%1$d]", "  name = \"bad\"\n  policy = jsonencode(local.l40)"),
        "more than 2000000 values in one file");
  }

  /** A run over {@code bad/main.tf} holding {@code text} beside a good module: one limit-exceeded in it, the good module read. */
  private void assertOnlyItsModuleIsLost(String text, String message) throws Exception {
    List<String> findings = lintBeside("main.tf", text);
    assertThat(findings).hasSize(2).contains(SEEN);
    assertThat(findings.get(0)).startsWith("limit-exceeded bad/main.tf:").contains(message);
  }

  @Test
  void aCalledModuleThatFailsLosesOnlyItsOwnResources() throws Exception {
    write("root/main.tf", """
        module "child" {
          source = "./child"
        }
        resource "aws_api_gateway_rest_api" "root" {
          name = "root"
        }
        """);
    write("root/child/main.tf", localsChain(2_000));
    assertThat(lint()).hasSize(2).anySatisfy(f -> assertThat(f).startsWith("limit-exceeded root/child/main.tf:"))
        .contains("api-seen root/main.tf:4 seen");
  }

  @Test
  void aPlanResourceWithoutAStringTypeIsAParseErrorAndTheRestOfThePlanIsRead() throws Exception {
    write("plan.json", """
        {"format_version": "1.2", "planned_values": {"root_module": {"resources": [
          {"address": "aws_api_gateway_rest_api.bad", "mode": "managed", "type": 7, "values": {"name": "bad"}},
          {"address": 12, "mode": "managed", "type": "aws_api_gateway_rest_api", "values": {"name": "number"}},
          "not an object",
          {"address": "aws_api_gateway_rest_api.good", "mode": "managed", "type": "aws_api_gateway_rest_api", "values": {"name": "good"}}
        ]}},
        "resource_changes": [{"address": ["x"], "change": {"after_unknown": {}}}]}
        """);
    assertThat(lint()).containsExactly(
        "parse-error plan.json:2 /planned_values/root_module/resources/0: `type` is not a string; the entry is not read",
        "parse-error plan.json:3 /planned_values/root_module/resources/1: `address` is not a string; the entry is not read",
        "parse-error plan.json:4 /planned_values/root_module/resources/2: not an object; it is not read",
        "api-seen plan.json:5 seen",
        "parse-error plan.json:7 /resource_changes/0: `address` is not a string; the entry is not read");
  }

  @Test
  void aPlanListThatIsNotAListIsAParseErrorAndTheRestOfThePlanIsRead() throws Exception {
    write("plan.json", """
        {"format_version": "1.2", "planned_values": {"root_module": {
          "resources": [{"address": "aws_api_gateway_rest_api.good", "mode": "managed", "type": "aws_api_gateway_rest_api", "values": {"name": "good"}}],
          "child_modules": [{"resources": 5}, 6]}},
        "resource_changes": {"a": 1}}
        """);
    assertThat(lint()).containsExactly(
        "api-seen plan.json:2 seen",
        "parse-error plan.json:3 /planned_values/root_module/child_modules/0/resources: not a list; it is not read",
        "parse-error plan.json:3 /planned_values/root_module/child_modules/1: not an object; it is not read",
        "parse-error plan.json:4 /resource_changes: not a list; it is not read");
  }
}
