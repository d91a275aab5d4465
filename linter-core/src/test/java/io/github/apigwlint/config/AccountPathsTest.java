package io.github.apigwlint.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.model.build.WorkspaceBuilder;
import io.github.apigwlint.source.SourceLoader;
import io.github.apigwlint.source.LoadOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code accounts} globs are relative to the configuration file's folder, not the working directory. */
class AccountPathsTest {

  @TempDir Path temp;

  @Test
  void globsMatchPathsRelativeToTheConfigurationFolder() throws Exception {
    Path repo = Files.createDirectories(temp.resolve("platform"));
    Path config = repo.resolve(".apigw-lint.yaml");
    Files.writeString(config, "accounts:\n  - path: \"consumer/*.yaml\"\n    account: \"222222222222\"\n");
    Path template = Files.createDirectories(repo.resolve("consumer")).resolve("role.yaml");
    Files.writeString(template, "Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties: {RoleName: r}\n");

    Config settings = ConfigLoader.load(config);
    // shown relative to a working directory above the configuration's folder
    LoadOutcome.Loaded loaded = (LoadOutcome.Loaded) new SourceLoader().load(template, "platform/consumer/role.yaml");
    Workspace workspace = new WorkspaceBuilder(settings).add(loaded.file()).workspace();

    assertThat(workspace.roles()).singleElement().satisfies(role -> assertThat(role.account()).isEqualTo("222222222222"));
  }

  @Test
  void settingsOfNoFileMatchTheDisplayPath() {
    assertThat(Config.defaults().pathOf(Path.of("/x/y/z.yaml"), "y/z.yaml")).isEqualTo(Path.of("y/z.yaml"));
  }
}
