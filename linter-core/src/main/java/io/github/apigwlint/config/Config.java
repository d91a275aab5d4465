package io.github.apigwlint.config;

import io.github.apigwlint.rule.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings of one run, read from {@code .apigw-lint.yaml} or {@code --config}.
 *
 * @param account the AWS account of the files, or null: then {@code AWS::AccountId} stays the
 *     symbol SELF and every other literal account is another account
 * @param accounts accounts of some files, by path glob (relative to the config file's folder),
 *     first match wins over {@code account}
 * @param region the region of the files, or null (symbolic)
 * @param trustedAccounts accounts that are ours: granting them is not "another account"
 * @param consumers callers that must be able to invoke an API
 * @param rules per-rule switches and severity overrides, by rule id
 * @param excludes path globs never read
 */
public record Config(
    String account,
    List<AccountMapping> accounts,
    String region,
    Set<String> trustedAccounts,
    List<Consumer> consumers,
    Map<String, RuleSetting> rules,
    List<String> excludes) {

  /** Files matching {@code path} (a glob) belong to {@code account}. */
  public record AccountMapping(String path, String account) {}

  /**
   * @param api the API's name, logical id or id; {@code *} for every API
   * @param callers 12-digit accounts or IAM role/user ARNs
   */
  public record Consumer(String api, List<String> callers) {}

  /** A null field keeps the rule's default. */
  public record RuleSetting(Boolean enabled, Severity severity) {}

  public Config {
    accounts = List.copyOf(accounts);
    trustedAccounts = Set.copyOf(trustedAccounts);
    consumers = List.copyOf(consumers);
    rules = Map.copyOf(rules);
    excludes = List.copyOf(excludes);
  }

  public static Config defaults() {
    return new Config(null, List.of(), null, Set.of(), List.of(), Map.of(), List.of());
  }
}
