package io.github.apigwlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cdk.out folder contributes its stack templates (nested stages included), never its assets. */
class CdkAssemblyTest {

  @TempDir Path temp;

  @Test
  void readsOnlyTheStackTemplatesOfTheManifests() throws Exception {
    Path out = Files.createDirectories(temp.resolve("cdk.out"));
    Files.writeString(out.resolve("manifest.json"), """
        {"version": "36.0.0", "artifacts": {
          "Tree": {"type": "cdk:tree", "properties": {"file": "tree.json"}},
          "ApiStack": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "ApiStack.template.json"}},
          "assembly-Prod": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "assembly-Prod"}}}}
        """);
    Files.writeString(out.resolve("ApiStack.template.json"), "{\"Resources\": {}}");
    Files.writeString(out.resolve("tree.json"), "{\"tree\": {}}");
    Path asset = Files.createDirectories(out.resolve("asset.abc123"));
    Files.writeString(asset.resolve("policy.json"), "{\"Statement\": []}");
    Path stage = Files.createDirectories(out.resolve("assembly-Prod"));
    Files.writeString(stage.resolve("manifest.json"), """
        {"artifacts": {"ProdApi": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "ProdApi.template.json"}}}}
        """);
    Files.writeString(stage.resolve("ProdApi.template.json"), "{\"Resources\": {}}");

    List<Path> files = new FileCollector(temp, io.github.apigwlint.config.Config.defaults(), List.of()).collect(List.of(Path.of(".")));

    assertThat(files.stream().map(f -> temp.relativize(f).toString().replace('\\', '/')))
        .containsExactlyInAnyOrder("cdk.out/ApiStack.template.json", "cdk.out/assembly-Prod/ProdApi.template.json");
  }

  @Test
  void anAssemblyThatListsItselfOrAnAssemblyThatListsItIsReadOnce() throws Exception {
    Path out = Files.createDirectories(temp.resolve("cdk.out"));
    Files.writeString(out.resolve("manifest.json"), """
        {"artifacts": {
          "Self": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "."}},
          "Stage": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "assembly-Stage"}},
          "Api": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "Api.template.json"}}}}
        """);
    Files.writeString(out.resolve("Api.template.json"), "{\"Resources\": {}}");
    Path stage = Files.createDirectories(out.resolve("assembly-Stage"));
    Files.writeString(stage.resolve("manifest.json"), """
        {"artifacts": {"Back": {"type": "cdk:cloud-assembly", "properties": {"directoryName": ".."}}}}
        """);

    List<Path> files = new FileCollector(temp, io.github.apigwlint.config.Config.defaults(), List.of()).collect(List.of(Path.of(".")));

    assertThat(files.stream().map(f -> temp.relativize(f).toString().replace('\\', '/'))).containsExactly("cdk.out/Api.template.json");
  }
}
