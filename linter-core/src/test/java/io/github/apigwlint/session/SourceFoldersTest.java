package io.github.apigwlint.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: the Maven goal's includes pick no file through a symbolic link out of the source folder. */
class SourceFoldersTest {

  @TempDir Path dir;

  @Test
  void aLinkOutOfTheSourceFolderIsNotPicked() throws Exception {
    Path source = Files.createDirectories(dir.resolve("src/main/cloudformation"));
    Files.writeString(source.resolve("api.yaml"), "Resources: {}\n");
    Files.writeString(dir.resolve("secret.yaml"), "Resources: {}\n");
    Files.createSymbolicLink(source.resolve("secret.yaml"), dir.resolve("secret.yaml"));

    assertThat(SourceFolders.matching(List.of(source), List.of("**/*.yaml"), List.of())).containsExactly(source.resolve("api.yaml"));
  }
}
