package io.github.apigwlint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLoaderTest {

  @TempDir Path dir;

  private final SourceLoader loader = new SourceLoader();

  @Test
  void detectsFormatsByContent() throws IOException {
    assertThat(format("a.txt", "Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n")).isEqualTo(Format.CLOUDFORMATION);
    assertThat(format("b.yaml", "Transform: AWS::Serverless-2016-10-31\n")).isEqualTo(Format.CLOUDFORMATION);
    assertThat(format("c.json", "{\"Version\": \"2012-10-17\", \"Statement\": []}")).isEqualTo(Format.POLICY);
    assertThat(format("d.yml", "openapi: 3.0.1\npaths: {}\n")).isEqualTo(Format.OPENAPI);
    assertThat(format("e.json", "{\"format_version\": \"1.2\", \"planned_values\": {}}")).isEqualTo(Format.TERRAFORM_PLAN);
    assertThat(format("f.json", "[1, 2]")).isEqualTo(Format.UNKNOWN);
  }

  @Test
  void stripsTheByteOrderMarkAndKeepsColumns() throws IOException {
    LoadOutcome outcome = load("bom.json", "\uFEFF{\"Statement\": []}");

    SourceFile file = ((LoadOutcome.Loaded) outcome).file();
    assertThat(file.yaml()).isFalse();
    assertThat(((ObjectNode) file.root()).key("Statement").location()).isEqualTo(new Location("bom.json", 1, 2));
  }

  @Test
  void brokenTemplateIsAProblemWithItsPosition() throws IOException {
    LoadOutcome outcome = load("t.yaml", "Resources:\n  Api: {a: 1\n  B: [\n");

    assertThat(outcome).isInstanceOfSatisfying(LoadOutcome.Failed.class,
        failed -> assertThat(failed.problem().location()).isEqualTo(new Location("t.yaml", 3, 4)));
  }

  @Test
  void brokenUnrelatedYamlIsSkipped() throws IOException {
    assertThat(load("k.yaml", "a: b: c\n")).isInstanceOf(LoadOutcome.Skipped.class);
  }

  @Test
  void binaryContentFailsForOurExtensionsAndIsSkippedOtherwise() throws IOException {
    byte[] binary = {'{', 0, (byte) 0xff};
    Files.write(dir.resolve("x.json"), binary);
    Files.write(dir.resolve("x.bin"), binary);

    assertThat(loader.load(dir.resolve("x.json"), "x.json")).isEqualTo(
        new LoadOutcome.Failed(new SourceProblem("not a UTF-8 text file", Location.ofFile("x.json"))));
    assertThat(loader.load(dir.resolve("x.bin"), "x.bin")).isInstanceOf(LoadOutcome.Skipped.class);
  }

  @Test
  void candidatesAreChosenByExtension() {
    assertThat(SourceLoader.isCandidate(Path.of("a/B.YML"))).isTrue();
    assertThat(SourceLoader.isCandidate(Path.of("x.template"))).isTrue();
    assertThat(SourceLoader.isCandidate(Path.of("main.tf"))).isTrue();
    assertThat(SourceLoader.isCandidate(Path.of("terraform.tfstate.backup"))).isFalse();
  }

  @Test
  void terraformConfigurationIsReadAsHclOrItsJsonSyntax() throws IOException {
    assertThat(format("main.tf", "resource \"aws_api_gateway_rest_api\" \"api\" {\n  name = \"orders\"\n}\n"))
        .isEqualTo(Format.TERRAFORM_CONFIG);
    assertThat(format("main.tf.json", "{\"resource\": {\"aws_api_gateway_rest_api\": {\"api\": {\"name\": \"orders\"}}}}"))
        .isEqualTo(Format.TERRAFORM_CONFIG);
  }

  @Test
  void aTerraformFileThatDoesNotParseIsAProblemAtItsLine() throws IOException {
    LoadOutcome outcome = load("main.tf", "resource \"aws_api_gateway_rest_api\" \"api\" {\n  name = \n}\n");
    assertThat(outcome).isInstanceOf(LoadOutcome.Failed.class);
    SourceProblem problem = ((LoadOutcome.Failed) outcome).problem();
    assertThat(problem.location().file()).endsWith("main.tf");
    assertThat(problem.location().line()).isEqualTo(3);
    assertThat(problem.message()).startsWith("HCL: ");
  }

  private Format format(String name, String text) throws IOException {
    return ((LoadOutcome.Loaded) load(name, text)).file().format();
  }

  private LoadOutcome load(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return loader.load(file, name);
  }
}
