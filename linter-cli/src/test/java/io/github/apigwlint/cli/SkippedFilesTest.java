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

  @Test
  void aRepositoryOfOtherToolsFilesReportsOnlyTheTemplatesFindings(@TempDir Path other) throws IOException {
    write(other, "tsconfig.json", "{\n  /* strict */\n  \"compilerOptions\": {\"strict\": true},\n}\n");
    write(other, ".vscode/settings.json", "{\n  // editor\n  \"editor.tabSize\": 2,\n}\n");
    write(other, ".devcontainer/devcontainer.json", "{\n  \"name\": \"dev\", // the image\n  \"image\": \"java:17\"\n}\n");
    write(other, "chart/Chart.yaml", "apiVersion: v2\nname: orders\nversion: 0.1.0\n");
    write(other, "chart/values.yaml", "replicaCount: 1\nimage: {repository: orders, tag: latest}\n");
    write(other, "chart/templates/deployment.yaml", """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {{ .Release.Name }}-orders
        spec:
          replicas: {{ .Values.replicaCount }}
          template:
            spec:
              containers:
                - name: orders
                  image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
        """);
    write(other, "infra/reports.yaml", """
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties: {Name: reports, EndpointConfiguration: {Types: [PRIVATE]}}
        """);

    assertThat(cli.run(other, "check")).isEqualTo(1);

    assertThat(cli.out().lines().filter(line -> line.contains(": error ") || line.contains(": warning ")
            || line.contains(": note ")))
        .singleElement().asString().startsWith("infra/reports.yaml:2:3: error private-api-without-policy ");
    assertThat(cli.out()).endsWith("1 error, 0 warnings, 0 notes in 1 file; 1 file checked\n");
    assertThat(cli.err()).isEmpty();

    Files.delete(other.resolve("infra/reports.yaml"));
    assertThat(cli.run(other, "check")).isZero();
    assertThat(cli.out()).isEqualTo("No findings; 0 files checked\n");
    assertThat(cli.err()).isEqualTo("apigw-lint: warning: no files checked in .\n");
  }

  @Test
  void anEmptyFolderPassesWithAWarning(@TempDir Path empty) throws IOException {
    Files.createDirectories(empty.resolve("infra"));

    assertThat(cli.run(empty, "check", "infra", "--format", "json")).isZero();

    assertThat(cli.out()).contains("\"filesChecked\": 0");
    assertThat(cli.err()).isEqualTo("apigw-lint: warning: no files checked in infra\n");
  }

  private static void write(Path root, String file, String text) throws IOException {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }
}
