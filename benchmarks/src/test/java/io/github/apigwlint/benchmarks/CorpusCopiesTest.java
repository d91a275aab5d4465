package io.github.apigwlint.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCopiesTest {

  @TempDir Path folder;

  @Test
  void aFlatNameIsThePathBelowTheRootWithItsSeparatorsMadeDoubleUnderscores() {
    Path root = folder.resolve("corpus");
    assertThat(CorpusCopies.flatName(root, root.resolve("apps/shop/template.yaml"))).isEqualTo("apps__shop__template.yaml");
    assertThat(CorpusCopies.flatName(root, root.resolve("main.tf"))).isEqualTo("main.tf");
  }

  @Test
  void flatteningKeepsEveryFileWhenTwoPathsGiveTheSameName() throws IOException {
    Path root = folder.resolve("corpus");
    Path nested = write(root.resolve("a/b__c.yaml"), "one");
    Path clash = write(root.resolve("a__b/c.yaml"), "two");

    CorpusCopies.flatten(root, List.of(nested, clash), folder.resolve("flat"));

    assertThat(folder.resolve("flat/a__b__c.yaml")).hasContent("one");
    assertThat(folder.resolve("flat/2-a__b__c.yaml")).hasContent("two");
  }

  @Test
  void copiesSideBySideHoldTheWholeTreeEach() throws IOException {
    Path root = folder.resolve("corpus");
    write(root.resolve("apps/x/api.yaml"), "x");
    write(root.resolve("README.md"), "r");

    CorpusCopies.sideBySide(root, 2, folder.resolve("copies"));

    assertThat(files(folder.resolve("copies")))
        .containsExactly("copy-1/README.md", "copy-1/apps/x/api.yaml", "copy-2/README.md", "copy-2/apps/x/api.yaml");
  }

  @Test
  void deleteRemovesTheWholeFolder() throws IOException {
    write(folder.resolve("scratch/a/b.json"), "{}");

    CorpusCopies.delete(folder.resolve("scratch"));

    assertThat(folder.resolve("scratch")).doesNotExist();
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> tree = Files.walk(root)) {
      return tree.filter(Files::isRegularFile).map(file -> root.relativize(file).toString().replace('\\', '/')).sorted().toList();
    }
  }
}
