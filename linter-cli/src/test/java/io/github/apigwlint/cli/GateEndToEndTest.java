package io.github.apigwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pull-request gate on a real git repository, with the real rules: main has old findings and
 * a baseline; a branch adds one new problem and edits lines above an old one.
 */
class GateEndToEndTest {

  private static final String PRIVATE_API =
      """
        %s:
          Type: AWS::ApiGateway::RestApi
          Properties:
            Name: %s
            EndpointConfiguration:
              Types: [PRIVATE]
      """;

  private static final String POLICY =
      """
            Policy:
              Version: "2012-10-17"
              Statement:
                - Effect: Allow
                  Principal: "*"
                  Action: execute-api:Invoke
                  Resource: execute-api:/*
                  Condition:
                    StringEquals:
                      aws:SourceVpce: vpce-0123456789abcdef0
      """;

  @TempDir Path repo;

  private final RealCli cli = new RealCli();

  @BeforeEach
  void mainWithOldFindingsAndABaseline() throws Exception {
    git("init", "-q", "-b", "main");
    git("config", "user.name", "Gate Test");
    git("config", "user.email", "gate@example.invalid");
    git("config", "commit.gpgsign", "false");
    Files.writeString(repo.resolve("orders.yaml"), "Resources:\n" + PRIVATE_API.formatted("OrdersApi", "orders"));
    Files.writeString(repo.resolve("billing.yaml"), "Resources:\n" + PRIVATE_API.formatted("BillingApi", "billing"));
    assertThat(run("baseline", "--output", "apigw-lint-baseline.json", "--reason", "known, ticket 42")).isZero();
    assertThat(cli.out()).contains("Wrote 2 entries");
    git("add", "-A");
    git("commit", "-q", "-m", "main");
    git("checkout", "-q", "-b", "feature");
    // edit lines above the old finding in orders.yaml, and add one new problem in a new file
    Files.writeString(
        repo.resolve("orders.yaml"),
        "AWSTemplateFormatVersion: \"2010-09-09\"\nDescription: orders, now with a description\n"
            + "Parameters:\n  Stage:\n    Type: String\n    Default: prod\n"
            + "Resources:\n" + PRIVATE_API.formatted("OrdersApi", "orders"));
    Files.writeString(repo.resolve("shipping.yaml"), "Resources:\n" + PRIVATE_API.formatted("ShippingApi", "shipping"));
    git("add", "-A");
    git("commit", "-q", "-m", "feature");
  }

  @Test
  void theGateReportsOnlyTheNewFindingUntilItIsFixed() throws Exception {
    assertThat(run("check", "--baseline", "apigw-lint-baseline.json", "--format", "github")).isEqualTo(1);
    List<String> annotations = cli.out().lines().filter(l -> l.startsWith("::")).toList();
    assertThat(annotations).hasSize(1);
    assertThat(annotations.get(0))
        .startsWith("::error file=shipping.yaml,line=2,col=3,title=apigw-lint private-api-without-policy::");
    assertThat(cli.err()).isEmpty();

    Files.writeString(
        repo.resolve("shipping.yaml"),
        "Resources:\n" + PRIVATE_API.formatted("ShippingApi", "shipping") + POLICY);
    git("commit", "-q", "-am", "fix");
    assertThat(run("check", "--baseline", "apigw-lint-baseline.json")).isZero();
    assertThat(cli.out()).contains("No findings;");
  }

  @Test
  void withoutTheBaselineTheOldFindingsAreStillThere() throws Exception {
    assertThat(run("check", "--format", "json")).isEqualTo(1);
    assertThat(cli.out()).contains("orders.yaml", "billing.yaml", "shipping.yaml");
  }

  @Test
  void changedSinceReportsOnlyFindingsInChangedFiles() throws Exception {
    assertThat(run("check", "--changed-since", "main", "--format", "json")).isEqualTo(1);
    assertThat(cli.out()).contains("\"file\": \"orders.yaml\"", "\"file\": \"shipping.yaml\"")
        .doesNotContain("billing.yaml");
  }

  @Test
  void changedSinceCountsUncommittedFiles() throws Exception {
    Files.writeString(repo.resolve("billing.yaml"), "# touched\n" + Files.readString(repo.resolve("billing.yaml")));
    assertThat(run("check", "--changed-since", "HEAD", "--format", "json")).isEqualTo(1);
    assertThat(cli.out()).contains("billing.yaml").doesNotContain("orders.yaml");
  }

  @Test
  void anExpiredBaselineEntryIsReportedAgain() throws Exception {
    Path baseline = repo.resolve("apigw-lint-baseline.json");
    Files.writeString(
        baseline, Files.readString(baseline).replace("\"reason\": \"known, ticket 42\"",
            "\"reason\": \"known, ticket 42\",\n      \"expires\": \"2020-01-31\""));
    assertThat(run("check", "--baseline", "apigw-lint-baseline.json", "--format", "json")).isEqualTo(1);
    assertThat(cli.out()).contains("orders.yaml", "billing.yaml", "shipping.yaml");
  }

  @Test
  void changedSinceOutsideAGitRepositoryIsAClearError(@TempDir Path elsewhere) throws IOException {
    Files.writeString(elsewhere.resolve("a.yaml"), "Resources: {}\n");
    assertThat(run(elsewhere, "check", "--changed-since", "main")).isEqualTo(2);
    assertThat(cli.err()).startsWith("apigw-lint: --changed-since needs a git repository");
  }

  @Test
  void changedSinceAnUnknownRefIsAClearError() {
    assertThat(run("check", "--changed-since", "no-such-branch")).isEqualTo(2);
    assertThat(cli.err()).startsWith("apigw-lint: --changed-since: unknown git ref 'no-such-branch'");
  }

  private int run(String... args) {
    return run(repo, args);
  }

  private int run(Path workingDirectory, String... args) {
    return cli.run(workingDirectory, args);
  }

  private void git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("git %s: %s", args, output).isZero();
  }
}
