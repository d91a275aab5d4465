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
  void class4_aYamlFileStartingWithABraceIsReadAsYamlTrailingCommaIncluded() throws IOException {
    LoadOutcome outcome = load("api.yaml", "{Resources: {Api: {Type: \"AWS::ApiGateway::RestApi\"},},}\n");

    SourceFile file = ((LoadOutcome.Loaded) outcome).file();
    assertThat(file.format()).isEqualTo(Format.CLOUDFORMATION);
    assertThat(file.yaml()).isTrue();
  }

  @Test
  void class4_aTemplateFileWithoutAYamlOrJsonNameIsReadAsItsFirstCharacterSays() throws IOException {
    SourceFile json = ((LoadOutcome.Loaded) load("api.template", "{\"Resources\": {}}")).file();
    SourceFile yaml = ((LoadOutcome.Loaded) load("api2.template", "Resources: {}\n")).file();

    assertThat(json.yaml()).isFalse();
    assertThat(yaml.yaml()).isTrue();
  }

  @Test
  void class4_otherToolsFilesThatDoNotParseAreSkippedWithWhy() throws IOException {
    assertThat(load("tsconfig.json", "{\n  // strict\n  \"compilerOptions\": {\"strict\": true,},\n}\n"))
        .isInstanceOfSatisfying(LoadOutcome.Skipped.class, skipped -> assertThat(skipped.reason())
            .startsWith("not valid JSON (line 2, column 3: Unexpected character ('/' (code 47))")
            .endsWith(", and nothing in it marks a policy, template, API definition or Terraform file"));
    assertThat(load("package.json", "{\"name\": \"orders\", \"scripts\": {\"swagger-ui\": \"serve\",},}"))
        .isInstanceOf(LoadOutcome.Skipped.class);
    assertThat(load("deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: {{ .Values.replicas }}\n"))
        .isInstanceOf(LoadOutcome.Skipped.class);
    assertThat(load("manifests.yaml", "kind: Service\n---\nkind: Deployment\nspec:\n  template:\n    resources: {}\n"))
        .isInstanceOf(LoadOutcome.Skipped.class);
  }

  @Test
  void class4_filesThatParseButAreOtherToolsAreOfNoFormatOfOurs() throws IOException {
    assertThat(format("values.yaml", "image:\n  repository: orders\nresources:\n  limits: {cpu: 1}\n"))
        .isEqualTo(Format.UNKNOWN);
    assertThat(format("ci.yml", "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n")).isEqualTo(Format.UNKNOWN);
    assertThat(format("resources.json", "{\"resource\": {\"aws_s3_bucket\": {\"b\": {}}}}"))
        .as("Terraform reads only .tf.json files")
        .isEqualTo(Format.UNKNOWN);
  }

  @Test
  void class4_brokenFilesMarkedAsOursAreProblemsAtTheirPosition() throws IOException {
    assertFailedAt("t.json", "{\"Resources\": {\"Api\": {\"Type\": \"AWS::ApiGateway::RestApi\",}}}", 1, 59);
    assertFailedAt("sam.yml", "Transform:\n  - AWS::Serverless-2016-10-31\nResources:\n  a: b: c\n", 4, 7);
    assertFailedAt("p.json", "{\"Statement\": [{\"Effect\": \"Allow\"}\n{}]}", 2, 1);
    assertFailedAt("p.yaml", "Version: 2012-10-17\nStatement: [\n", 3, 1);
    assertFailedAt("api.yml", "openapi: 3.0.1\npaths:\n  /a: b: c\n", 3, 8);
    assertFailedAt("plan.json", "{\"format_version\": \"1.2\", \"resource_changes\": [,]}", 1, 48);
  }

  @Test
  void class4_brokenFilesNamedAsOursAreProblemsWhateverTheyHold() throws IOException {
    assertThat(load("terraform.tfvars.json", "{\"a\": 1,}")).isInstanceOf(LoadOutcome.Failed.class);
    assertThat(load("main.tf.json", "{\"locals\": {},}")).isInstanceOf(LoadOutcome.Failed.class);
    assertThat(load("Orders.template.json", "{\"Outputs\": {},}")).isInstanceOf(LoadOutcome.Failed.class);
    assertThat(load("cdk.out/manifest.json", "{\"version\": \"36.0.0\",}")).isInstanceOf(LoadOutcome.Failed.class);
    assertThat(load("web/manifest.json", "{\"name\": \"app\",}")).isInstanceOf(LoadOutcome.Skipped.class);
  }

  @Test
  void class4_terraformFilesAreTerraformByTheirNamesWhateverBlocksTheyHold() throws IOException {
    assertThat(format("variables.tf.json", "{\"//\": \"generated\", \"variable\": {\"stage\": {}}}"))
        .isEqualTo(Format.TERRAFORM_CONFIG);
    assertThat(format("terraform.tfvars.json", "{\"stage\": \"prod\"}")).isEqualTo(Format.TERRAFORM_VARIABLES);
    assertThat(format("prod.tfvars", "stage = \"prod\"\n")).isEqualTo(Format.TERRAFORM_VARIABLES);
  }

  @Test
  void class4_terraformJsonThatIsNotAnObjectIsAProblemNotAFilePassedOver() throws IOException {
    assertThat(load("main.tf.json", "\n[{\"resource\": {}}]")).isEqualTo(new LoadOutcome.Failed(new SourceProblem(
        "Terraform's JSON syntax has an object at the top level", new Location("main.tf.json", 2, 1))));
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
    assertFailedAt("t.yaml", "Resources:\n  Api: {Type: AWS::ApiGateway::RestApi\n  B: [\n", 3, 4);
  }

  @Test
  void brokenUnrelatedYamlIsSkipped() throws IOException {
    assertThat(load("k.yaml", "a: b: c\n")).isInstanceOf(LoadOutcome.Skipped.class);
  }

  @Test
  void class4_textThatIsNotUtf8IsAProblemOnlyWhenItIsOurs() throws IOException {
    Files.write(dir.resolve("template.json"), "{\"AWSTemplateFormatVersion\": \"2010-09-09\"}".getBytes(StandardCharsets.UTF_16LE));
    Files.write(dir.resolve("values.yaml"), "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(dir.resolve("main.tf"), new byte[] {'{', 0, (byte) 0xff});

    assertThat(loader.load(dir.resolve("template.json"), "template.json")).isEqualTo(
        new LoadOutcome.Failed(new SourceProblem("not a UTF-8 text file", Location.ofFile("template.json"))));
    assertThat(loader.load(dir.resolve("main.tf"), "main.tf")).isInstanceOf(LoadOutcome.Failed.class);
    assertThat(loader.load(dir.resolve("values.yaml"), "values.yaml")).isEqualTo(new LoadOutcome.Skipped(
        "not a UTF-8 text file, and nothing in it marks a policy, template, API definition or Terraform file"));
  }

  @Test
  void class4_aFileTooLargeToReadIsAProblemOnlyWhenItsStartMarksItOurs() throws IOException {
    String padding = " ".repeat((int) SourceLoader.MAX_FILE_BYTES);
    Files.writeString(dir.resolve("plan.json"), "{\"format_version\": \"1.2\", \"resource_changes\": []" + padding + "}");
    Files.writeString(dir.resolve("package-lock.json"), "{\"name\": \"orders\"" + padding + "}");

    assertThat(loader.load(dir.resolve("plan.json"), "plan.json")).isInstanceOfSatisfying(LoadOutcome.Failed.class,
        failed -> assertThat(failed.problem().message()).startsWith("file is larger than 20 MB"));
    assertThat(loader.load(dir.resolve("package-lock.json"), "package-lock.json")).isInstanceOfSatisfying(
        LoadOutcome.Skipped.class, skipped -> assertThat(skipped.reason()).endsWith(
            "and nothing in its first 1024 KB marks a policy, template, API definition or Terraform file"));
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
  void class4_aTerraformFileThatDoesNotParseIsAProblemAtItsLine() throws IOException {
    LoadOutcome outcome = load("main.tf", "resource \"aws_api_gateway_rest_api\" \"api\" {\n  name = \n}\n");
    assertThat(outcome).isInstanceOf(LoadOutcome.Failed.class);
    SourceProblem problem = ((LoadOutcome.Failed) outcome).problem();
    assertThat(problem.location().file()).endsWith("main.tf");
    assertThat(problem.location().line()).isEqualTo(3);
    assertThat(problem.message()).startsWith("HCL: ");
  }

  private void assertFailedAt(String name, String text, int line, int column) throws IOException {
    assertThat(load(name, text)).as(name).isInstanceOfSatisfying(LoadOutcome.Failed.class,
        failed -> assertThat(failed.problem().location()).isEqualTo(new Location(name, line, column)));
  }

  private Format format(String name, String text) throws IOException {
    return ((LoadOutcome.Loaded) load(name, text)).file().format();
  }

  private LoadOutcome load(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return loader.load(file, name);
  }
}
