package io.github.apigwlint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir Path dir;

  @Test
  void aWriteThatFailsHalfWayLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
    Path file = dir.resolve("baseline.json");
    Files.writeString(file, "{\"version\": 2, \"entries\": []}\n");

    assertThatThrownBy(() -> AtomicFile.write(file, out -> {
      out.write("{\"version\": 2, \"entr");
      out.flush();
      throw new IOException("No space left on device");
    })).hasMessage("No space left on device");
    assertThatThrownBy(() -> AtomicFile.write(file, out -> {
      out.write("half");
      throw new IllegalStateException("a reporter that fails");
    })).hasMessage("a reporter that fails");

    assertThat(file).hasContent("{\"version\": 2, \"entries\": []}\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aWriteReplacesTheFileWhole() throws IOException {
    Path file = dir.resolve("new/report.txt");
    AtomicFile.write(file, out -> out.write("first, longer text"));
    AtomicFile.write(file, out -> out.write("second"));
    assertThat(file).hasContent("second");
  }
}
