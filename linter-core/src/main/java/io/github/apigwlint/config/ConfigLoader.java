package io.github.apigwlint.config;

import io.github.apigwlint.config.Config.AccountMapping;
import io.github.apigwlint.config.Config.Consumer;
import io.github.apigwlint.config.Config.RuleSetting;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.source.BoundedYaml;
import io.github.apigwlint.source.Budget;
import io.github.apigwlint.source.LimitExceeded;
import io.github.apigwlint.source.Limits;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Symbols;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads {@code .apigw-lint.yaml} into a {@link Config}. The file is composed into a node tree
 * rather than loaded into Java objects, so that every error can name its line and every scalar is
 * read as written ({@code 012345678901} stays an account id, not an octal number).
 */
public final class ConfigLoader {

  public static final List<String> FILE_NAMES = List.of(".apigw-lint.yaml", ".apigw-lint.yml");

  private static final int MAX_CODE_POINTS = 1_000_000;
  /** The configuration's own: its limits cannot be raised before it is read. */
  private static final Limits LIMITS = Limits.defaults().with(Limits.Limit.ALIASES, 20);
  private static final Pattern COUNT = Pattern.compile("\\d{1,15}");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
  private static final Pattern PRINCIPAL_ARN =
      Pattern.compile("arn:aws(-[a-z]+)*:(iam|sts)::\\d{12}:\\S+");

  private static final Set<String> TOP_KEYS =
      Set.of("account", "region", "accounts", "trustedAccounts", "consumers", "rules", "exclude", "suppress", "limits");
  private static final Set<String> MAPPING_KEYS = Set.of("path", "account");
  private static final Set<String> CONSUMER_KEYS = Set.of("api", "callers");
  private static final Set<String> RULE_KEYS = Set.of("enabled", "severity");
  private static final Set<String> SUPPRESS_KEYS = Set.of("path", "id", "reason");

  private final String label;

  private ConfigLoader(String label) {
    this.label = label;
  }

  /** The configuration file in {@code workingDirectory}, if there is one. */
  public static Optional<Path> find(Path workingDirectory) {
    return FILE_NAMES.stream()
        .map(workingDirectory::resolve)
        .filter(Files::isRegularFile)
        .findFirst();
  }

  public static Config load(Path file) throws ConfigException {
    return load(file, file.toString());
  }

  /**
   * @param label the file name used in error messages, for example relative to the working
   *     directory
   */
  public static Config load(Path file, String label) throws ConfigException {
    String text;
    try {
      text = Files.readString(file);
    } catch (CharacterCodingException e) {
      throw new ConfigException(label + ": not valid UTF-8");
    } catch (IOException e) {
      throw new ConfigException(label + ": cannot read: " + e.getMessage(), e);
    }
    Path folder = file.toAbsolutePath().normalize().getParent();
    return parse(text, label).withBaseDirectory(folder);
  }

  /**
   * @param label the file name used in error messages
   */
  public static Config parse(String text, String label) throws ConfigException {
    return new ConfigLoader(label).read(compose(text, label));
  }

  private static Optional<Node> compose(String text, String label) throws ConfigException {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(label)
            .setCodePointLimit(MAX_CODE_POINTS)
            .setMaxAliasesForCollections(Integer.MAX_VALUE)
            .build();
    try {
      return Budget.within(LIMITS, () -> BoundedYaml.compose(text, settings, label));
    } catch (LimitExceeded e) {
      Object where = e.location() == null ? label : e.location();
      throw new ConfigException(where + ": invalid YAML: more than " + e.value() + " " + e.limit().unit(), e);
    } catch (MarkedYamlEngineException e) {
      String where = e.getProblemMark().map(mark -> label + position(mark)).orElse(label);
      throw new ConfigException(where + ": invalid YAML: " + e.getProblem(), e);
    } catch (YamlEngineException e) {
      throw new ConfigException(label + ": invalid YAML: " + e.getMessage(), e);
    }
  }

  private Config read(Optional<Node> document) throws ConfigException {
    if (document.isEmpty() || isNull(document.get())) {
      return Config.defaults();
    }
    Map<String, Node> top = mapping(document.get(), "", TOP_KEYS);
    return new Config(
        top.containsKey("account") ? account(top.get("account"), "account") : null,
        accountMappings(top.get("accounts")),
        top.containsKey("region") ? region(top.get("region")) : null,
        new LinkedHashSet<>(accounts(top.get("trustedAccounts"), "trustedAccounts")),
        consumers(top.get("consumers")),
        rules(top.get("rules")),
        globs(top.get("exclude"), "exclude"),
        suppressions(top.get("suppress")),
        limits(top.get("limits")),
        null);
  }

  private Limits limits(Node node) throws ConfigException {
    Limits limits = Limits.defaults();
    if (node == null || isNull(node)) {
      return limits;
    }
    Set<String> keys = new java.util.TreeSet<>();
    for (Limits.Limit limit : Limits.Limit.values()) {
      keys.add(limit.key());
    }
    for (Map.Entry<String, Node> entry : mapping(node, "limits", keys).entrySet()) {
      String path = "limits." + entry.getKey();
      String value = text(entry.getValue(), path);
      if (!COUNT.matcher(value).matches()) {
        throw fail(entry.getValue(), path, quote(value) + " is not a whole number");
      }
      limits = limits.with(Limits.Limit.ofKey(entry.getKey()).orElseThrow(), Long.parseLong(value));
    }
    return limits;
  }

  private List<Config.Suppression> suppressions(Node node) throws ConfigException {
    List<Config.Suppression> suppressions = new ArrayList<>();
    List<Node> items = sequence(node, "suppress");
    for (int i = 0; i < items.size(); i++) {
      String path = "suppress[" + i + "]";
      Node item = items.get(i);
      Map<String, Node> fields = mapping(item, path, SUPPRESS_KEYS);
      String glob = glob(required(fields, "path", item, path), path + ".path");
      String id = text(required(fields, "id", item, path), path + ".id");
      if (id.isBlank()) {
        throw fail(fields.get("id"), path + ".id", "must name a rule");
      }
      Node reasonNode = fields.get("reason");
      String reason = reasonNode == null || isNull(reasonNode) ? null : text(reasonNode, path + ".reason");
      Location source =
          item.getStartMark()
              .map(mark -> new Location(label, mark.getLine() + 1, mark.getColumn() + 1))
              .orElse(Location.ofFile(label));
      suppressions.add(
          new Config.Suppression(glob, id, reason == null || reason.isBlank() ? null : reason, source));
    }
    return suppressions;
  }

  private List<AccountMapping> accountMappings(Node node) throws ConfigException {
    List<AccountMapping> mappings = new ArrayList<>();
    List<Node> items = sequence(node, "accounts");
    for (int i = 0; i < items.size(); i++) {
      String path = "accounts[" + i + "]";
      Map<String, Node> fields = mapping(items.get(i), path, MAPPING_KEYS);
      mappings.add(
          new AccountMapping(
              glob(required(fields, "path", items.get(i), path), path + ".path"),
              account(required(fields, "account", items.get(i), path), path + ".account")));
    }
    return mappings;
  }

  private List<Consumer> consumers(Node node) throws ConfigException {
    List<Consumer> consumers = new ArrayList<>();
    List<Node> items = sequence(node, "consumers");
    for (int i = 0; i < items.size(); i++) {
      String path = "consumers[" + i + "]";
      Map<String, Node> fields = mapping(items.get(i), path, CONSUMER_KEYS);
      String api = text(required(fields, "api", items.get(i), path), path + ".api");
      if (api.isBlank()) {
        throw fail(fields.get("api"), path + ".api", "must name an API or be \"*\"");
      }
      Node callersNode = required(fields, "callers", items.get(i), path);
      List<String> callers = new ArrayList<>();
      List<Node> callerNodes = sequence(callersNode, path + ".callers");
      for (int j = 0; j < callerNodes.size(); j++) {
        callers.add(caller(callerNodes.get(j), path + ".callers[" + j + "]"));
      }
      if (callers.isEmpty()) {
        throw fail(callersNode, path + ".callers", "must list at least one caller");
      }
      consumers.add(new Consumer(api, callers));
    }
    return consumers;
  }

  private Map<String, RuleSetting> rules(Node node) throws ConfigException {
    Map<String, RuleSetting> rules = new LinkedHashMap<>();
    if (node == null || isNull(node)) {
      return rules;
    }
    for (Map.Entry<String, Node> entry : mapping(node, "rules", null).entrySet()) {
      String path = "rules." + entry.getKey();
      Node value = entry.getValue();
      rules.put(
          entry.getKey(),
          value instanceof MappingNode ? ruleFields(value, path) : ruleSwitch(value, path));
    }
    return rules;
  }

  /** {@code off}, {@code on}, or a severity, which also turns a rule on. */
  private RuleSetting ruleSwitch(Node node, String path) throws ConfigException {
    String value = text(node, path);
    Optional<RuleSetting> setting = RuleSetting.ofSwitch(value);
    if (setting.isEmpty()) {
      throw fail(node, path, quote(value) + " is not one of " + RuleSetting.SWITCHES
          + ", { severity: ... } or { enabled: ... }");
    }
    return setting.get();
  }

  private RuleSetting ruleFields(Node node, String path) throws ConfigException {
    Map<String, Node> fields = mapping(node, path, RULE_KEYS);
    Boolean enabled = fields.containsKey("enabled")
        ? bool(fields.get("enabled"), path + ".enabled")
        : null;
    Severity severity = fields.containsKey("severity")
        ? severity(fields.get("severity"), path + ".severity")
        : null;
    return new RuleSetting(enabled, severity);
  }

  private Severity severity(Node node, String path) throws ConfigException {
    String value = text(node, path);
    return switch (value) {
      case "error", "warning", "note" -> Severity.parse(value);
      default -> throw fail(node, path, quote(value) + " is not one of error, warning, note");
    };
  }

  private boolean bool(Node node, String path) throws ConfigException {
    String value = text(node, path);
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw fail(node, path, quote(value) + " is not true or false");
    };
  }

  private List<String> accounts(Node node, String path) throws ConfigException {
    List<String> accounts = new ArrayList<>();
    List<Node> items = sequence(node, path);
    for (int i = 0; i < items.size(); i++) {
      accounts.add(account(items.get(i), path + "[" + i + "]"));
    }
    return accounts;
  }

  private List<String> globs(Node node, String path) throws ConfigException {
    List<String> globs = new ArrayList<>();
    List<Node> items = sequence(node, path);
    for (int i = 0; i < items.size(); i++) {
      globs.add(glob(items.get(i), path + "[" + i + "]"));
    }
    return globs;
  }

  private String account(Node node, String path) throws ConfigException {
    String value = text(node, path);
    if (!ACCOUNT.matcher(value).matches()) {
      throw fail(node, path, quote(value) + " is not a 12-digit AWS account id");
    }
    return value;
  }

  private String region(Node node) throws ConfigException {
    String value = text(node, "region");
    if (!REGION.matcher(value).matches()) {
      throw fail(node, "region", quote(value) + " is not an AWS region such as us-east-1");
    }
    return value;
  }

  private String caller(Node node, String path) throws ConfigException {
    String value = text(node, path);
    if (!ACCOUNT.matcher(value).matches() && !PRINCIPAL_ARN.matcher(value).matches()) {
      throw fail(
          node, path, quote(value) + " is neither a 12-digit account id nor an IAM role or user ARN");
    }
    return value;
  }

  private String glob(Node node, String path) throws ConfigException {
    String value = text(node, path);
    try {
      FileSystems.getDefault().getPathMatcher("glob:" + value);
    } catch (PatternSyntaxException e) {
      throw fail(node, path, quote(value) + " is not a valid glob: " + e.getDescription());
    }
    return value;
  }

  /**
   * The entries of a mapping, in file order.
   *
   * @param allowedKeys the keys it may have, or null for any (rule ids)
   */
  private Map<String, Node> mapping(Node node, String path, Set<String> allowedKeys)
      throws ConfigException {
    if (!(node instanceof MappingNode mappingNode)) {
      throw fail(node, pathOrTop(path), "expected a mapping, found " + describe(node));
    }
    Map<String, Node> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mappingNode.getValue()) {
      Node keyNode = tuple.getKeyNode();
      String key = text(keyNode, pathOrTop(path));
      String keyPath = path.isEmpty() ? key : path + "." + key;
      if (allowedKeys != null && !allowedKeys.contains(key)) {
        throw fail(keyNode, keyPath, "unknown key" + didYouMean(key, allowedKeys));
      }
      if (entries.containsKey(key)) {
        throw fail(keyNode, keyPath, "key written twice");
      }
      entries.put(key, tuple.getValueNode());
    }
    return entries;
  }

  /** The items of a list; an absent or empty value is an empty list. */
  private List<Node> sequence(Node node, String path) throws ConfigException {
    if (node == null || isNull(node)) {
      return List.of();
    }
    if (!(node instanceof SequenceNode sequenceNode)) {
      throw fail(node, path, "expected a list, found " + describe(node));
    }
    return sequenceNode.getValue();
  }

  private String text(Node node, String path) throws ConfigException {
    if (!(node instanceof ScalarNode scalar) || isNull(node)) {
      throw fail(node, path, "expected a text value, found " + describe(node));
    }
    return Symbols.literal(scalar.getValue());
  }

  private Node required(Map<String, Node> fields, String key, Node parent, String path)
      throws ConfigException {
    Node value = fields.get(key);
    if (value == null) {
      throw fail(parent, path, "missing key '" + key + "'");
    }
    return value;
  }

  private ConfigException fail(Node node, String path, String message) {
    String where = node.getStartMark().map(mark -> label + position(mark)).orElse(label);
    return new ConfigException(where + ": " + path + ": " + message);
  }

  private static String position(Mark mark) {
    return ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
  }

  private static String pathOrTop(String path) {
    return path.isEmpty() ? "(top level)" : path;
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  private static String describe(Node node) {
    if (isNull(node)) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case MAPPING -> "a mapping";
      case SEQUENCE -> "a list";
      case SCALAR -> quote(((ScalarNode) node).getValue());
      case ANCHOR -> "an anchor";
    };
  }

  private static String didYouMean(String key, Set<String> allowedKeys) {
    List<String> close = Suggestions.closest(key, allowedKeys);
    return close.isEmpty()
        ? " (expected one of " + String.join(", ", allowedKeys.stream().sorted().toList()) + ")"
        : " (did you mean '" + close.get(0) + "'?)";
  }

  private static String quote(String value) {
    return "\"" + value + "\"";
  }
}
