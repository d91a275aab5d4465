package io.github.apigwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -} reads one document from standard input, named by --stdin-name; nothing is written to disk. */
class StandardInputTest {

  private static final String PRIVATE_API = """
      Resources:
        Api:
          Type: AWS::ApiGateway::RestApi
          Properties:
            Name: reports
            EndpointConfiguration: {Types: [PRIVATE]}
      """;

  @TempDir Path folder;

  private final RealCli cli = new RealCli();

  @Test
  void aPipedTemplateIsCheckedUnderItsName() throws IOException {
    assertThat(cli.input(PRIVATE_API).run(folder, "check", "-", "--stdin-name", "infra/reports.yaml")).isEqualTo(1);

    assertThat(cli.out())
        .startsWith("infra/reports.yaml:2:3: error private-api-without-policy ")
        .endsWith("in 1 file; 1 file checked\n");
    assertThat(cli.err()).isEmpty();
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void theNameFindsTheConfigurationOfItsFolder() throws IOException {
    Files.createDirectories(folder.resolve("infra"));
    Files.writeString(folder.resolve("infra/.apigw-lint.yaml"), "rules: {private-api-without-policy: off}\n");

    assertThat(cli.input(PRIVATE_API).run(folder, "check", "-", "--stdin-name", "infra/reports.yaml")).isZero();
    assertThat(cli.err()).isEqualTo("apigw-lint: configuration infra/.apigw-lint.yaml\n");
  }

  @Test
  void withoutANameTheContentPicksTheParser() {
    String json = """
        {"Resources": {"Api": {"Type": "AWS::ApiGateway::RestApi",
          "Properties": {"Name": "reports", "EndpointConfiguration": {"Types": ["PRIVATE"]}}}}}
        """;
    assertThat(cli.input(json).run(folder, "check", "-")).isEqualTo(1);
    assertThat(cli.out()).startsWith("<stdin>:1:16: error private-api-without-policy ");

    assertThat(cli.input(PRIVATE_API).run(folder, "check", "-")).isEqualTo(1);
    assertThat(cli.out()).startsWith("<stdin>:2:3: error private-api-without-policy ");
  }

  @Test
  void accessReadsStandardInputToo() {
    assertThat(cli.input(PRIVATE_API).run(folder, "access", "-")).isZero();
    assertThat(cli.out()).startsWith("REST API Api (REST, PRIVATE; no resource policy)\n");
  }

  @Test
  void stdinNameWithoutADashIsAnError() {
    assertThat(cli.run(folder, "check", "--stdin-name", "a.yaml")).isEqualTo(2);
    assertThat(cli.err()).isEqualTo("apigw-lint: --stdin-name names the document of standard input: add - to the paths\n");
  }
}
