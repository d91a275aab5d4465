package io.github.apigwlint.model.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.config.Config;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.source.LoadOutcome;
import io.github.apigwlint.source.SourceLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Variants only where they vary: a template without undecided conditions is read once per run. */
class WorkspaceVariantsTest {

  private static final String UNDECIDED = """
      Parameters:
        Stage: {Type: String}
      Conditions:
        IsProd: !Equals [!Ref Stage, prod]
      Resources:
        Varying:
          Type: AWS::ApiGateway::RestApi
          Properties:
            EndpointConfiguration: {Types: [!If [IsProd, PRIVATE, REGIONAL]]}
      """;

  private static final String DECIDED = """
      Resources:
        Fixed:
          Type: AWS::ApiGateway::RestApi
          Properties:
            EndpointConfiguration: {Types: [REGIONAL]}
      """;

  @TempDir Path folder;

  @Test
  void aTemplateWithoutUndecidedConditionsIsSharedByEveryVariant() throws IOException {
    WorkspaceBuilder builder = new WorkspaceBuilder(Config.defaults());
    builder.add(load("varying.yaml", UNDECIDED)).add(load("fixed.yaml", DECIDED));

    assertThat(builder.variants().count()).isEqualTo(2);
    Workspace off = builder.workspace(0, new ArrayList<>());
    Workspace on = builder.workspace(1, new ArrayList<>());

    assertThat(api(on, "Fixed")).isSameAs(api(off, "Fixed")).isSameAs(api(builder.workspace(), "Fixed"));
    assertThat(api(off, "Varying").isPrivate()).isFalse();
    assertThat(api(on, "Varying").isPrivate()).isTrue();
    assertThat(off.apis()).hasSize(2);
    assertThat(on.apis()).hasSize(2);
  }

  private static Api api(Workspace workspace, String logicalId) {
    return workspace.apis().stream().filter(a -> a.element().endsWith("#" + logicalId)).findFirst().orElseThrow();
  }

  private io.github.apigwlint.source.SourceFile load(String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, content);
    return ((LoadOutcome.Loaded) new SourceLoader().load(file, name)).file();
  }
}
