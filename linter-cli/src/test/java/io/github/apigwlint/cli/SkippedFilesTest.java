package io.github.apigwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files of other tools in a repository are passed over with a note; a broken template is still a finding. */
class SkippedFilesTest {

  @TempDir Path repo;

  private final RealCli cli = new RealCli();

  @BeforeEach
  void repositoryWithOtherToolsFiles() throws IOException {
    Files.writeString(repo.resolve("tsconfig.json"), "{\n  // the compiler's settings\n  \"compilerOptions\": {\"strict\": true,},\n}\n");
    Files.createDirectories(repo.resolve("chart"));
    Files.writeString(repo.resolve("chart/values.yaml"), "resources:\n  limits: {cpu: 500m}\n");
    Files.writeString(repo.resolve("api.yaml"), """
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties: {Name: orders
        """);
  }

  @Test
  void class4_verboseNotesSayWhichFilesWereSkippedAndWhy() {
    assertThat(cli.run(repo, "check", "--verbose")).isEqualTo(1);

    assertThat(cli.out()).contains("api.yaml:5:1", "parse-error").doesNotContain("tsconfig.json", "values.yaml");
    assertThat(cli.err()).isEqualTo("""
        chart/values.yaml: skipped, not a policy, template, API definition or Terraform file
        tsconfig.json: skipped, not valid JSON (line 2, column 3: Unexpected character ('/' (code 47)): \
        maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)), \
        and nothing in it marks a policy, template, API definition or Terraform file
        """);
  }

  @Test
  void class4_withoutVerboseNothingIsSaidOfSkippedFiles() {
    assertThat(cli.run(repo, "check")).isEqualTo(1);

    assertThat(cli.err()).isEmpty();
  }
}
