package io.github.apigwlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ToolInfoTest {

  @Test
  void reportsCarryThePlainVersion() {
    assertThat(ToolInfo.current().version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void theVersionLineNamesTheCommitAndTheBuildDate() {
    String commit = Files.exists(Path.of("../.git")) ? "[0-9a-f]{7,}" : "unknown";

    assertThat(ToolInfo.versionLine())
        .matches(
            "apigw-lint \\Q"
                + ToolInfo.current().version()
                + "\\E \\(commit "
                + commit
                + ", built \\d{4}-\\d\\d-\\d\\d\\)");
  }
}
