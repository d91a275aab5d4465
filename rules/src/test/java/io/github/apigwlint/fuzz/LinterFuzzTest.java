package io.github.apigwlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apigwlint.config.Config;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.Progress;
import io.github.apigwlint.engine.RuleRegistry;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole {@link Linter} with every rule on one fuzzed file, given as a document (nothing is read
 * from disk). The first byte picks the file's name, and so its parser: {@code 0} a YAML template,
 * {@code 1} a JSON one, {@code 2} a {@code .tf} file, {@code 3} a plan, {@code 4} a {@code .tfvars}
 * file, {@code 5} an OpenAPI definition; the rest is the file. Bad input is a finding, so any
 * exception escaping is a bug, except a budget's ({@code LimitExceeded}, {@code AnalysisTimeout}).
 */
class LinterFuzzTest {

  private static final List<String> NAMES =
      List.of("template.yaml", "template.json", "main.tf", "plan.json", "terraform.tfvars", "openapi.yaml");
  private static final Set<String> BUDGETS = Set.of("LimitExceeded", "AnalysisTimeout");

  private static final Linter LINTER = new Linter(RuleRegistry.load());

  /** The working directory: empty, so that nothing a template includes is there to read. */
  @TempDir static Path empty;

  @FuzzTest(maxDuration = "60s")
  void lint(byte[] data) {
    if (data.length == 0) {
      return;
    }
    String name = NAMES.get((data[0] & 0xff) % NAMES.size());
    byte[] content = Arrays.copyOfRange(data, 1, data.length);
    LintRequest request = new LintRequest(
        List.of(), Config.defaults(), empty, Progress.NONE, List.of(), List.of(new LintRequest.Document(name, content)), 1);
    try {
      LINTER.run(request);
    } catch (RuntimeException e) {
      if (!BUDGETS.contains(e.getClass().getSimpleName())) {
        throw e;
      }
    }
  }
}
