package io.github.apigwlint.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.apigwlint.engine.RuleRegistry;
import io.github.apigwlint.report.CheckedOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: a run never overwrites its inputs, never leaves half a file, and never loses output silently. */
class SafeWritesTest {

  private static final RuleRegistry NO_PACK = RuleRegistry.of(List.of());
  private static final String TEMPLATE = "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": ";

  @TempDir Path dir;

  @BeforeEach
  void brokenTemplate() throws IOException {
    Files.writeString(dir.resolve("broken.json"), TEMPLATE);
  }

  private LintOutcome run(LintOptions.Builder options) throws LintSessionException {
    return LintSession.open(options.build(), NO_PACK).run();
  }

  @Test
  void aReportOverAFileNamedOnTheCommandLineIsRefusedAndTheFileKept() throws IOException {
    assertThatThrownBy(() -> run(LintOptions.in(dir).paths(List.of(Path.of("broken.json")))
        .report("json", Path.of("broken.json"))))
        .isInstanceOf(LintSessionException.class)
        .hasMessage("will not write broken.json: it is an input of this run (a file named on the command line);"
            + " name another file");
    assertThat(dir.resolve("broken.json")).hasContent(TEMPLATE);
  }

  @Test
  void aReportOverAFileTheWalkFindsIsRefused() throws IOException {
    Files.createDirectories(dir.resolve("infra"));
    Files.writeString(dir.resolve("infra/api.yaml"), "Resources: {}\n");
    assertThatThrownBy(() -> run(LintOptions.in(dir).report("text", Path.of("./infra/../infra/api.yaml"))))
        .hasMessage("will not write infra/api.yaml: it is an input of this run (a file the walk of the checked"
            + " folders finds); name another file");
    assertThat(dir.resolve("infra/api.yaml")).hasContent("Resources: {}\n");
  }

  @Test
  void aReportThroughALinkToAnInputIsRefused() throws IOException {
    Files.createSymbolicLink(dir.resolve("report.json"), dir.resolve("broken.json"));
    assertThatThrownBy(() -> run(LintOptions.in(dir).paths(List.of(Path.of("broken.json")))
        .report("json", Path.of("report.json"))))
        .hasMessageContaining("will not write report.json: it is an input of this run");
    assertThat(dir.resolve("broken.json")).hasContent(TEMPLATE);
  }

  @Test
  void aReportOverTheConfigurationOrTheBaselineReadIsRefused() throws IOException {
    Files.writeString(dir.resolve("lint.yaml"), "rules: {}\n");
    assertThatThrownBy(() -> run(LintOptions.in(dir).configFile(Path.of("lint.yaml"))
        .report("sarif", Path.of("lint.yaml"))))
        .hasMessage("will not write lint.yaml: it is an input of this run (the configuration file); name another file");
    Files.writeString(dir.resolve("baseline.txt"), "{}");
    assertThatThrownBy(() -> run(LintOptions.in(dir).baselineFile(Path.of("baseline.txt"))
        .report("text", Path.of("baseline.txt"))))
        .hasMessage("will not write baseline.txt: it is an input of this run (the baseline it reads); name another file");
    assertThat(dir.resolve("lint.yaml")).hasContent("rules: {}\n");
    assertThat(dir.resolve("baseline.txt")).hasContent("{}");
  }

  @Test
  void aBaselineOverATemplateIsRefusedButOverThePreviousBaselineIsWritten() throws Exception {
    assertThatThrownBy(() -> LintSession.open(
        LintOptions.in(dir).baselineOutput(Path.of("broken.json")).build(), NO_PACK).writeBaseline(null, null))
        .hasMessage("will not write broken.json: it is an input of this run (a file the walk of the checked"
            + " folders finds); name another file");
    assertThat(dir.resolve("broken.json")).hasContent(TEMPLATE);

    LintSession session = LintSession.open(LintOptions.in(dir).baselineOutput(Path.of("baseline.json")).build(), NO_PACK);
    assertThat(session.writeBaseline("first", null)).isEqualTo(1);
    LintSession again = LintSession.open(LintOptions.in(dir).baselineOutput(Path.of("baseline.json")).build(), NO_PACK);
    assertThat(again.writeBaseline("second", null)).isEqualTo(1);
    assertThat(dir.resolve("baseline.json")).content().contains("\"reason\": \"first\"");
  }

  @Test
  void aBaselineThatCannotBeWrittenLeavesThePreviousOneAsItWas() throws Exception {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions");
    Path folder = Files.createDirectories(dir.resolve("baselines"));
    Path file = folder.resolve("baseline.json");
    LintSession.open(LintOptions.in(dir).paths(List.of(Path.of("broken.json"))).baselineOutput(file).build(), NO_PACK)
        .writeBaseline("kept", null);
    byte[] before = Files.readAllBytes(file);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeTrue(!Files.isWritable(folder), "the folder is read-only (not as root)");
      Files.writeString(dir.resolve("other.json"), TEMPLATE);
      assertThatThrownBy(() -> LintSession.open(LintOptions.in(dir).baselineOutput(file).build(), NO_PACK)
          .writeBaseline("lost", null))
          .hasMessageStartingWith("cannot write baselines/baseline.json: ");
      assertThat(Files.readAllBytes(file)).isEqualTo(before);
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aReportToAStandardOutputThatFailsIsAnErrorWithTheReason() {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    assertThatThrownBy(() -> run(LintOptions.in(dir).failOn("never").report("text", null)
        .standardOutput(CheckedOutput.of(full))))
        .isInstanceOf(LintSessionException.class)
        .hasMessage("cannot write the text report to standard output: No space left on device");
  }

  @Test
  void aPrintWriterThatSwallowedAFailureIsAnErrorToo() {
    PrintWriter closed = new PrintWriter(new Writer() {
      @Override
      public void write(char[] text, int offset, int length) throws IOException {
        throw new IOException("Broken pipe");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });
    assertThatThrownBy(() -> run(LintOptions.in(dir).report("json", null).standardOutput(closed)))
        .hasMessage("cannot write the json report to standard output: the stream reported an error");
  }

  @Test
  void reportsAreWrittenWholeWithoutTemporaryFilesLeft() throws Exception {
    run(LintOptions.in(dir).report("json", Path.of("out/report.txt")).report("text", Path.of("out/report.txt.md"))
        .reportInFolder("sarif", Path.of("out")));
    try (var files = Files.list(dir.resolve("out"))) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrder("report.txt", "report.txt.md", "apigw-lint.sarif");
    }
    assertThat(new String(Files.readAllBytes(dir.resolve("out/report.txt")), StandardCharsets.UTF_8))
        .contains("parse-error");
  }
}
