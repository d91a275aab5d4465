package io.github.apigwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that could not be analysed are findings, which the fail level decides on like any other: the
 * run itself exits 2 only for its own trouble, never for a file's.
 */
class HostileExitCodesTest {

  @TempDir Path dir;

  private final RealCli cli = new RealCli();

  @BeforeEach
  void hostileFiles() throws IOException {
    Files.writeString(dir.resolve("deep.json"), "{\"Version\":\"2012-10-17\",\"Statement\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}");
    StringBuilder chain = new StringBuilder("Parameters:\n  Env: {Type: String}\nConditions:\n");
    for (int i = 0; i < 5_000; i++) {
      chain.append("  C").append(i).append(": !Condition C").append(i + 1).append('\n');
    }
    chain.append("  C5000: !Equals [!Ref Env, prod]\nResources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Condition: C0\n");
    Files.writeString(dir.resolve("chain.yaml"), chain);
    Files.writeString(dir.resolve("plan.json"), "{\"format_version\":\"1.2\",\"planned_values\":{\"root_module\":{\"resources\":"
        + "[{\"address\":\"aws_api_gateway_rest_api.a\",\"mode\":\"managed\",\"type\":null,\"values\":{}}]}}}");
  }

  @Test
  void filesThatCannotBeAnalysedAreFindingsThatFailTheCheck() {
    assertThat(cli.run(dir, "check", ".", "--format", "text")).isEqualTo(ExitCodes.FINDINGS);
    assertThat(cli.out())
        .contains("chain.yaml:1004:10: error limit-exceeded the chain of conditions from C0: more than 1000 references followed"
            + " in one chain (raise it with `limits: {referenceChain: …}` in .apigw-lint.yaml)")
        .contains("deep.json:1:293: error limit-exceeded JSON nesting: more than 256 levels of nesting")
        .contains("plan.json:1:71: error parse-error /planned_values/root_module/resources/0: `type` is not a string; the entry is not read")
        .endsWith("3 errors, 0 warnings, 0 notes in 3 files; 3 files checked\n");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void withFailOnNeverTheyExitZero() {
    assertThat(cli.run(dir, "check", ".", "--fail-on", "never")).isEqualTo(ExitCodes.CLEAN);
    assertThat(cli.err()).isEmpty();
  }
}
