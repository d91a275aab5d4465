package io.github.apigwlint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.apigwlint.config.Config.AccountMapping;
import io.github.apigwlint.config.Config.Consumer;
import io.github.apigwlint.config.Config.RuleSetting;
import io.github.apigwlint.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {

  private static final String FULL =
      """
      account: "111111111111"
      region: us-east-1
      accounts:
        - path: "consumers/**"
          account: 222222222222
      trustedAccounts: ["333333333333"]
      consumers:
        - api: OrdersApi
          callers: ["arn:aws:iam::222222222222:role/orders-client", "444444444444"]
      rules:
        private-api-open-to-any-vpce: off
        cross-account-invoke: warning
        policy-placeholder: { severity: note }
        legacy-rule: { enabled: false }
      exclude: ["**/node_modules/**", "build/**"]
      """;

  @Test
  void readsEveryKey() throws ConfigException {
    Config config = ConfigLoader.parse(FULL, ".apigw-lint.yaml");

    assertThat(config.account()).isEqualTo("111111111111");
    assertThat(config.region()).isEqualTo("us-east-1");
    assertThat(config.accounts())
        .containsExactly(new AccountMapping("consumers/**", "222222222222"));
    assertThat(config.trustedAccounts()).containsExactly("333333333333");
    assertThat(config.consumers())
        .containsExactly(
            new Consumer(
                "OrdersApi",
                java.util.List.of("arn:aws:iam::222222222222:role/orders-client", "444444444444")));
    assertThat(config.rules())
        .containsEntry("private-api-open-to-any-vpce", new RuleSetting(false, null))
        .containsEntry("cross-account-invoke", new RuleSetting(true, Severity.WARNING))
        .containsEntry("policy-placeholder", new RuleSetting(null, Severity.NOTE))
        .containsEntry("legacy-rule", new RuleSetting(false, null));
    assertThat(config.excludes()).containsExactly("**/node_modules/**", "build/**");
  }

  @Test
  void emptyFileIsTheDefaults() throws ConfigException {
    assertThat(ConfigLoader.parse("", "c.yaml")).isEqualTo(Config.defaults());
    assertThat(ConfigLoader.parse("# nothing yet\n", "c.yaml")).isEqualTo(Config.defaults());
  }

  @Test
  void unquotedAccountWithLeadingZeroStaysAsWritten() throws ConfigException {
    assertThat(ConfigLoader.parse("account: 012345678901", "c.yaml").account())
        .isEqualTo("012345678901");
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      value = {
        "acount: '111111111111' => c.yaml:1:1: acount: unknown key (did you mean 'account'?)",
        "account: '1111' => c.yaml:1:10: account: \"1111\" is not a 12-digit AWS account id",
        "region: useast1 => c.yaml:1:9: region: \"useast1\" is not an AWS region such as us-east-1",
        "rules: {a: loud} => c.yaml:1:12: rules.a: \"loud\" is not one of off, on, error, warning,"
            + " note, { severity: ... } or { enabled: ... }",
        "rules: {a: {severity: fatal}} => c.yaml:1:23: rules.a.severity: \"fatal\" is not one of"
            + " error, warning, note",
        "rules: {a: {enabled: maybe}} => c.yaml:1:22: rules.a.enabled: \"maybe\" is not true or false",
        "rules: {a: {level: note}} => c.yaml:1:13: rules.a.level: unknown key (expected one of"
            + " enabled, severity)",
        "exclude: build/** => c.yaml:1:10: exclude: expected a list, found \"build/**\"",
        "exclude: ['[a'] => c.yaml:1:11: exclude[0]: \"[a\" is not a valid glob: Missing ']",
        "trustedAccounts: [{a: 1}] => c.yaml:1:19: trustedAccounts[0]: expected a text value, found"
            + " a mapping",
        "consumers: [{api: X}] => c.yaml:1:13: consumers[0]: missing key 'callers'",
        "consumers: [{api: X, callers: [bob]}] => c.yaml:1:32: consumers[0].callers[0]: \"bob\" is"
            + " neither a 12-digit account id nor an IAM role or user ARN",
        "[1, 2] => c.yaml:1:1: (top level): expected a mapping, found a list",
        "account: '111111111111'\\naccount: '222222222222' => c.yaml:2:1: account: key written twice",
      })
  void rejectsWithFileLineAndKeyPath(String yaml, String message) {
    assertThatThrownBy(() -> ConfigLoader.parse(yaml.replace("\\n", "\n"), "c.yaml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void reportsYamlSyntaxErrorsWithTheirLine() {
    assertThatThrownBy(() -> ConfigLoader.parse("account: '1\nregion: [", "c.yaml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("c.yaml:")
        .hasMessageContaining("invalid YAML");
  }

  @Test
  void findsTheFileInTheWorkingDirectory(@TempDir Path dir) throws Exception {
    assertThat(ConfigLoader.find(dir)).isEmpty();
    Files.writeString(dir.resolve(".apigw-lint.yml"), "region: eu-west-1\n");
    assertThat(ConfigLoader.find(dir)).contains(dir.resolve(".apigw-lint.yml"));
    Files.writeString(dir.resolve(".apigw-lint.yaml"), "region: eu-west-2\n");
    assertThat(ConfigLoader.find(dir)).contains(dir.resolve(".apigw-lint.yaml"));
    assertThat(ConfigLoader.load(dir.resolve(".apigw-lint.yaml")).region()).isEqualTo("eu-west-2");
  }

  @Test
  void missingFileIsAConfigError(@TempDir Path dir) {
    assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("nope.yaml")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("nope.yaml: cannot read");
  }
}
