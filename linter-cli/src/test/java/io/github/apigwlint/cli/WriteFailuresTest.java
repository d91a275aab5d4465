package io.github.apigwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.apigwlint.report.CheckedOutput;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output that cannot be written is an error (exit 2) with one line that says why, whatever --fail-on says. */
class WriteFailuresTest {

  private static final String TEMPLATE = """
      Resources:
        Api:
          Type: AWS::ApiGateway::RestApi
          Properties:
            EndpointConfiguration: {Types: [PRIVATE]}
      """;

  @TempDir Path dir;

  private final RealCli cli = new RealCli();

  /** Standard output on a full disk. */
  private static final OutputStream FULL = new OutputStream() {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  };

  @BeforeEach
  void template() throws IOException {
    Files.writeString(dir.resolve("api.yaml"), TEMPLATE);
  }

  @Test
  void aReportToAFullStandardOutputExits2EvenWithFailOnNever() {
    assertThat(cli.run(dir, CheckedOutput.of(FULL), "check", "--fail-on", "never")).isEqualTo(2);
    assertThat(cli.err()).isEqualTo(
        "apigw-lint: cannot write the text report to standard output: No space left on device\n");
  }

  @Test
  void theAccessSummaryToAFullStandardOutputExits2() {
    assertThat(cli.run(dir, CheckedOutput.of(FULL), "access")).isEqualTo(2);
    assertThat(cli.err()).isEqualTo("apigw-lint: cannot write to standard output: No space left on device\n");
  }

  @Test
  void anOutputThatIsAnInputIsAUsageErrorAndTheInputIsKept() throws IOException {
    Files.writeString(dir.resolve("api.json"), "{\"Resources\": {}}");
    assertThat(cli.run(dir, "check", "api.json", "--output", "api.json")).isEqualTo(2);
    assertThat(cli.err()).isEqualTo("apigw-lint: will not write api.json: it is an input of this run (a file"
        + " named on the command line); name another file\n");
    assertThat(dir.resolve("api.json")).hasContent("{\"Resources\": {}}");
    assertThat(cli.run(dir, "baseline", "--output", "api.yaml")).isEqualTo(2);
    assertThat(cli.err()).startsWith("apigw-lint: will not write api.yaml: it is an input of this run");
    assertThat(dir.resolve("api.yaml")).hasContent(TEMPLATE);
  }

  /** The real process, its standard output on {@code /dev/full}. */
  @Test
  void theCommandWithStandardOutputOnDevFullExits2() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists() && full.canWrite(), "/dev/full");
    Process process = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "check", "--fail-on", "never", "."))
        .directory(dir.toFile())
        .redirectOutput(full)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).isEqualTo(2);
    assertThat(err).isEqualTo("apigw-lint: cannot write the text report to standard output: No space left on device\n");
  }
}
