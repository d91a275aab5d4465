package io.github.apigwlint.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.engine.LintRequest;
import io.github.apigwlint.engine.Linter;
import io.github.apigwlint.engine.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FloorFilesTest {

  private static final String YAML_API = """
      Resources:
        Api:
          Type: AWS::ApiGateway::RestApi
          Properties: {Name: a}
      """;
  private static final String JSON_API = """
      {"Resources": {"Api": {"Type": "AWS::ApiGateway::RestApi", "Properties": {"Name": "b"}}}}
      """;
  private static final String TERRAFORM_API = """
      resource "aws_api_gateway_rest_api" "c" {
        name = "c"
      }
      """;

  @TempDir Path folder;

  @Test
  void theFloorReadsTheFilesTheLinterReads() throws IOException {
    write("a/api.yaml", YAML_API);
    write("a/api.yml", YAML_API);
    write("b/api.json", JSON_API);
    write("b/api.template", JSON_API);
    write("c/main.tf", TERRAFORM_API);
    write("README.md", "# not read");
    write("node_modules/dependency/api.yaml", YAML_API);
    write("target/api.json", JSON_API);

    List<Path> floor = InputFiles.of(List.of(folder), folder);
    int linted = new Linter(RuleRegistry.load()).run(new LintRequest(List.of(folder), Config.defaults(), folder)).files().size();

    assertThat(floor).extracting(file -> folder.relativize(file).toString().replace('\\', '/'))
        .containsExactly("a/api.yaml", "a/api.yml", "b/api.json", "b/api.template", "c/main.tf");
    assertThat(floor).hasSize(linted);
    assertThat(floor).allMatch(file -> FloorParser.parses(file, ParseFloor.read(file)));
  }

  @Test
  void theParserIsTheOneTheNameAsksForElseTheFirstCharacters() {
    assertThat(FloorParser.of(Path.of("main.tf"), "{")).isEqualTo(FloorParser.HCL);
    assertThat(FloorParser.of(Path.of("prod.tfvars"), "{")).isEqualTo(FloorParser.HCL);
    assertThat(FloorParser.of(Path.of("api.JSON"), "a: b")).isEqualTo(FloorParser.JSON);
    assertThat(FloorParser.of(Path.of("api.yml"), "{}")).isEqualTo(FloorParser.YAML);
    assertThat(FloorParser.of(Path.of("api.template"), "\n  {}")).isEqualTo(FloorParser.JSON);
    assertThat(FloorParser.of(Path.of("api.template"), "Resources: {}")).isEqualTo(FloorParser.YAML);
  }

  @Test
  void aFileThatDoesNotParseIsNotValid() {
    assertThat(FloorParser.parses(Path.of("a.json"), "{\"a\": ")).isFalse();
    assertThat(FloorParser.parses(Path.of("a.yaml"), "a: [b")).isFalse();
    assertThat(FloorParser.parses(Path.of("a.tf"), "resource \"x\" {")).isFalse();
  }

  private void write(String path, String text) throws IOException {
    Path file = folder.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
