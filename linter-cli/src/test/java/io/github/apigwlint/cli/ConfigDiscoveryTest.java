package io.github.apigwlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without --config, the nearest configuration file at or above the checked paths holds, and its
 * paths mean the same from the repository root as from its own folder.
 */
class ConfigDiscoveryTest {

  private static final Path ORDERS_API = Path.of("../examples/templates/orders-api.yaml");

  @TempDir Path repo;

  private final RealCli cli = new RealCli();

  @BeforeEach
  void repositoryWithAConfiguredInfraFolder() throws IOException {
    Files.createDirectories(repo.resolve(".git"));
    Path infra = Files.createDirectories(repo.resolve("infra"));
    Files.writeString(infra.resolve(".apigw-lint.yaml"), """
        account: "111111111111"
        consumers:
          - api: OrdersApi
            callers: ["arn:aws:iam::222222222222:role/orders-client"]
        exclude: ["generated/**"]
        suppress:
          - {path: "policies/*.json", id: policy-placeholder, reason: filled in by the pipeline}
        """);
    Files.copy(ORDERS_API, infra.resolve("orders-api.yaml"));
    Files.createDirectories(infra.resolve("generated"));
    Files.writeString(infra.resolve("generated/broken.yaml"), "Resources: {Api: {Type: AWS::ApiGateway::RestApi");
    Files.createDirectories(infra.resolve("policies"));
    Files.writeString(infra.resolve("policies/placeholder.json"), """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*",
          "Action": "execute-api:Invoke", "Resource": "arn:aws:execute-api:REGION:ACCOUNT_ID:API_ID/*"}]}
        """);
  }

  @Test
  void checkingTheFolderFromTheRootReadsItsConfigurationAndSaysSo() {
    assertThat(cli.run(repo, "check", "infra/")).isEqualTo(1);

    assertThat(cli.err()).isEqualTo("apigw-lint: configuration infra/.apigw-lint.yaml\n");
    assertThat(cli.out())
        .contains("infra/orders-api.yaml:15:", "cross-account-principal-missing")
        .doesNotContain("generated/broken.yaml", "policy-placeholder")
        .endsWith("in 1 file; 2 files checked\n");
  }

  @Test
  void checkingInsideTheFolderFindsTheSame() {
    assertThat(cli.run(repo.resolve("infra"), "check", ".")).isEqualTo(1);

    assertThat(cli.err()).isEmpty();
    assertThat(cli.out())
        .contains("orders-api.yaml:15:", "cross-account-principal-missing")
        .doesNotContain("generated/broken.yaml", "policy-placeholder")
        .endsWith("in 1 file; 2 files checked\n");
  }

  @Test
  void pathsWithDifferentNearestFilesAreAUsageError() throws IOException {
    Files.createDirectories(repo.resolve("other"));
    Files.writeString(repo.resolve("other/.apigw-lint.yaml"), "region: eu-west-1\n");

    assertThat(cli.run(repo, "check", "infra", "other")).isEqualTo(2);

    assertThat(cli.err()).isEqualTo("apigw-lint: infra and other have different configuration files,"
        + " infra/.apigw-lint.yaml and other/.apigw-lint.yaml; check them in separate runs, or choose one with"
        + " --config\n");
  }

  @Test
  void theSearchStopsAtTheRepositoryRoot() throws IOException {
    Path nested = Files.createDirectories(repo.resolve("vendored/lib"));
    Files.createDirectories(repo.resolve("vendored/.git"));
    Files.writeString(repo.resolve(".apigw-lint.yaml"), "rules: {no-such-rule: off}\n");
    Files.copy(ORDERS_API, nested.resolve("orders-api.yaml"));

    // the root's file (which would fail: an unknown rule) is in another repository than vendored/lib
    assertThat(cli.run(nested, "check")).isZero();
    assertThat(cli.err()).isEmpty();
  }
}
