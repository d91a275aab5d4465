package io.github.apigwlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apigwlint.source.LoadOutcome;
import io.github.apigwlint.source.SourceFile;
import io.github.apigwlint.source.SourceLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Class 1 of issue 10: a file several templates include is read once, and its problems are reported once. */
class IncludedFilesTest {

  @TempDir Path temp;

  private SourceFile template(String path) throws IOException {
    Path file = temp.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "Resources: {}\n");
    return ((LoadOutcome.Loaded) new SourceLoader().load(file, path)).file();
  }

  private IncludedFiles snippets() {
    return new IncludedFiles(List.of(temp), Map.of(), file -> temp.relativize(file).toString());
  }

  @Test
  void aFileTwoTemplatesIncludeIsReadOnce() throws IOException {
    Files.createDirectories(temp.resolve("specs"));
    Files.writeString(temp.resolve("specs/orders.spec"), "openapi: 3.0.1\npaths: {}\n");
    IncludedFiles snippets = snippets();

    SourceFile first = snippets.near(template("a/template.yaml"), "../specs/orders.spec").orElseThrow();
    SourceFile second = snippets.near(template("b/template.yaml"), "../specs/orders.spec").orElseThrow();

    assertThat(second).isSameAs(first);
    assertThat(first.displayPath()).isEqualTo("specs/orders.spec");
  }

  @Test
  void aBrokenSnippetIsOneProblemInItsOwnFile() throws IOException {
    Files.createDirectories(temp.resolve("specs"));
    Files.writeString(temp.resolve("specs/broken.spec"), "openapi: 3.0.1\npaths: [\n");
    IncludedFiles snippets = snippets();

    assertThat(snippets.near(template("a/template.yaml"), "../specs/broken.spec")).isEmpty();
    assertThat(snippets.near(template("b/template.yaml"), "../specs/broken.spec")).isEmpty();

    assertThat(snippets.problems()).singleElement()
        .satisfies(problem -> assertThat(problem.location().file()).isEqualTo("specs/broken.spec"));
  }

  @Test
  void aLocationOutsideTheCheckedFoldersIsNotRead() throws IOException {
    Files.writeString(temp.resolve("secret.yaml"), "openapi: 3.0.1\n");
    SourceFile template = template("project/template.yaml");
    IncludedFiles snippets = new IncludedFiles(List.of(temp.resolve("project")), Map.of(), Path::toString);

    assertThat(snippets.near(template, "../secret.yaml")).isEmpty();
    assertThat(snippets.near(template, temp.resolve("secret.yaml").toString())).isEmpty();
    assertThat(snippets.near(template, "template.yaml")).as("inside, it is read").isPresent();
  }
}
