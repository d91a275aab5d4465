package io.github.apigwlint.config;

import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.source.Limits;
import io.github.apigwlint.source.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * @param excludes path globs never read (relative to the config file's folder)
 * @param suppressions findings to suppress by file glob (relative to the config file's folder) and
 *     rule id, for files that cannot carry an inline suppression (policy JSON)
 * @param limits how much one file may ask of the run
 * @param baseDirectory the folder of the configuration file, against which the path globs of
 *     {@code accounts}, {@code exclude} and {@code suppress} are matched; null when the settings
 *     come from no file (then the working directory is used)
 */
public record Config(
    String account,
    List<AccountMapping> accounts,
    String region,
    Set<String> trustedAccounts,
    List<Consumer> consumers,
    Map<String, RuleSetting> rules,
    List<String> excludes,
    List<Suppression> suppressions,
    Limits limits,
    Path baseDirectory) {

  /** Files matching {@code path} (a glob) belong to {@code account}. */
  public record AccountMapping(String path, String account) {}

  /**
   * @param api the API's name, logical id or id; {@code *} for every API
   * @param callers 12-digit accounts or IAM role/user ARNs
   */
  public record Consumer(String api, List<String> callers) {}

  /** A null field keeps the rule's default. */
  public record RuleSetting(Boolean enabled, Severity severity) {

    /** The words a rule switch may be, as listed in messages. */
    public static final String SWITCHES = "off, on, error, warning, note";

    /** {@code off}, {@code on}, or a severity, which also turns a rule on; empty for any other text. */
    public static Optional<RuleSetting> ofSwitch(String text) {
      return switch (text) {
        case "off" -> Optional.of(new RuleSetting(false, null));
        case "on" -> Optional.of(new RuleSetting(true, null));
        case "error", "warning", "note" -> Optional.of(new RuleSetting(true, Severity.parse(text)));
        default -> Optional.empty();
      };
    }
  }

  /**
   * One {@code suppress} entry.
   *
   * @param path glob of paths relative to the configuration file's folder
   * @param id the rule id (or a former id)
   * @param reason why, or null: a suppression without a reason is itself a finding
   * @param source where the entry is written, for findings about the entry itself
   */
  public record Suppression(String path, String id, String reason, Location source) {}

  public Config {
    suppressions = List.copyOf(suppressions);
    accounts = List.copyOf(accounts);
    trustedAccounts = Set.copyOf(trustedAccounts);
    consumers = List.copyOf(consumers);
    rules = Map.copyOf(rules);
    excludes = List.copyOf(excludes);
  }

  public static Config defaults() {
    return new Config(null, List.of(), null, Set.of(), List.of(), Map.of(), List.of(), List.of(), Limits.defaults(), null);
  }

  /** The same settings with other rule switches, for front ends that take them as options. */
  public Config withRules(Map<String, RuleSetting> newRules) {
    return new Config(account, accounts, region, trustedAccounts, consumers, newRules, excludes, suppressions, limits, baseDirectory);
  }

  /** The same settings, read from a file in {@code folder}. */
  public Config withBaseDirectory(Path folder) {
    return new Config(account, accounts, region, trustedAccounts, consumers, rules, excludes, suppressions, limits, folder);
  }

  /** Whether an {@code exclude} glob matches the file. */
  public boolean excludes(Path file, String displayPath) {
    Path path = pathOf(file, displayPath);
    return excludes.stream().anyMatch(glob -> Globs.matches(glob, path));
  }

  /**
   * The path the globs of the file ({@code accounts}, {@code exclude}, {@code suppress}) are
   * matched against: {@code file} relative to the configuration's folder, so that a file means the
   * same from any working directory; {@code displayPath} (relative to the working directory) when
   * the settings come from no file.
   */
  public Path pathOf(Path file, String displayPath) {
    if (baseDirectory == null || file == null) {
      return Path.of(displayPath);
    }
    Path base = baseDirectory.toAbsolutePath().normalize();
    return base.relativize(file.toAbsolutePath().normalize());
  }
}
