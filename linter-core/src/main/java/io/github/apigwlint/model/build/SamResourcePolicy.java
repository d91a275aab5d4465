package io.github.apigwlint.model.build;

import io.github.apigwlint.model.StatementOrigin;
import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.Symbols;
import io.github.apigwlint.source.cfn.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The resource policy SAM generates from {@code Auth.ResourcePolicy} (reference §8.2), built the way
 * SAM's swagger editor builds it: for each path of the API, one group of statements whose resources
 * are {@code execute-api:/${Stage}/VERB/path} for every method of the path ({@code ANY} as {@code *},
 * path parameters as {@code *}); {@code CustomStatements} once, as given. Each generated statement is
 * located at the SAM property that produced it, and its origin names that property. Like SAM, it
 * skips an IP or VPC statement, or a custom statement added to a policy that has statements, when an
 * equal statement is already there (the Allow of a whitelist and of a blacklist are the same), so
 * statement numbers are those of the deployed policy.
 */
final class SamResourcePolicy {

  private static final String INVOKE = "execute-api:Invoke";

  /** Keys that SAM expands per path; without paths they generate nothing. */
  static final Set<String> PER_PATH_KEYS =
      Set.of(
          "AwsAccountWhitelist", "AwsAccountBlacklist", "IpRangeWhitelist", "IpRangeBlacklist",
          "SourceVpcWhitelist", "SourceVpcBlacklist", "IntrinsicVpcWhitelist", "IntrinsicVpcBlacklist",
          "IntrinsicVpceWhitelist", "IntrinsicVpceBlacklist");

  private final ObjectNode document;
  private final ArrayNode statements;
  private final List<StatementOrigin> origins = new ArrayList<>();
  private int written;

  SamResourcePolicy(Node anchor) {
    this.document = new ObjectNode(anchor.location(), anchor.path());
    this.statements = new ArrayNode(anchor.location(), anchor.pointer() + "/Statement");
    document.put(new ObjectNode.Key("Version", anchor.location()), ScalarNode.string("2012-10-17", anchor.location(), anchor.path()));
    document.put(new ObjectNode.Key("Statement", anchor.location()), statements);
  }

  static boolean hasPerPathKeys(ObjectNode resourcePolicy) {
    return resourcePolicy.entries().keySet().stream().anyMatch(PER_PATH_KEYS::contains);
  }

  /** Whether SAM adds no statement (to the definition's own policy, if any). */
  boolean isEmpty() {
    return statements.size() == written;
  }

  /**
   * Starts from the definition's own {@code x-amazon-apigateway-policy}: SAM adds its statements after
   * the ones written there (a single statement counts as a list of one), and compares with them too.
   *
   * @return false, and nothing read, when the statements are not written out (an open value)
   */
  boolean appendTo(ObjectNode policy) {
    Node existing = policy.get("Statement");
    if (existing instanceof ScalarNode) {
      return false;
    }
    List<Node> items = existing instanceof ArrayNode list ? list.items() : existing == null ? List.of() : List.of(existing);
    items.forEach(statements::add);
    written = items.size();
    return true;
  }

  ObjectNode document() {
    return document;
  }

  /** What produced each generated statement (custom statements are as written and have none). */
  List<StatementOrigin> origins() {
    return origins;
  }

  private void addGenerated(ObjectNode statement, StatementOrigin.SamList list, List<String> properties, Node at) {
    if (list != StatementOrigin.SamList.AWS_ACCOUNTS && present(statement)) {
      return;
    }
    boolean blacklist = properties.get(0).endsWith("Blacklist");
    origins.add(new StatementOrigin(statements.size(), list, blacklist, properties, at.location()));
    statements.add(statement);
  }

  /** SAM's {@code add_resource_policy(policy, path, stage)} for one path and its methods. */
  void addPath(ObjectNode resourcePolicy, String path, List<String> verbs, String stage) {
    if (verbs.isEmpty()) {
      return;
    }
    List<String> resources = new ArrayList<>();
    String pattern = path.replaceAll("\\{([a-zA-Z0-9._-]+|[a-zA-Z0-9._-]+\\+|proxy\\+)}", "*");
    for (String verb : verbs) {
      resources.add("execute-api:/" + stage + "/" + (verb.equals("ANY") ? "*" : verb) + pattern);
    }
    principals(resourcePolicy, "AwsAccountWhitelist", "Allow", resources);
    principals(resourcePolicy, "AwsAccountBlacklist", "Deny", resources);
    sourceIp(resourcePolicy, "IpRangeWhitelist", "NotIpAddress", resources);
    sourceIp(resourcePolicy, "IpRangeBlacklist", "IpAddress", resources);
    vpcs(resourcePolicy, "Blacklist", "StringEquals", resources);
    vpcs(resourcePolicy, "Whitelist", "StringNotEquals", resources);
  }

  /** SAM's {@code _add_custom_statement}: as given into an empty policy, else each one not already there. */
  void addCustomStatements(ObjectNode resourcePolicy) {
    Node custom = resourcePolicy.get("CustomStatements");
    List<Node> given = custom instanceof ArrayNode list ? list.items() : custom instanceof ObjectNode single ? List.of(single) : List.of();
    boolean empty = statements.size() == 0;
    for (Node statement : given) {
      if (empty || !present(statement)) {
        statements.add(statement);
      }
    }
  }

  private boolean present(Node statement) {
    return statements.items().stream().anyMatch(existing -> Trees.sameValue(existing, statement));
  }

  private void principals(ObjectNode resourcePolicy, String property, String effect, List<String> resources) {
    Node accounts = resourcePolicy.get(property);
    if (accounts == null || accounts instanceof ArrayNode a && a.size() == 0) {
      return;
    }
    ObjectNode principal = object(accounts);
    principal.put(new ObjectNode.Key("AWS", accounts.location()), accounts);
    addGenerated(statement(accounts, effect, principal, resources, null), StatementOrigin.SamList.AWS_ACCOUNTS, List.of(property), accounts);
  }

  private void sourceIp(ObjectNode resourcePolicy, String property, String operator, List<String> resources) {
    Node ranges = resourcePolicy.get(property);
    if (ranges == null || ranges instanceof ArrayNode a && a.size() == 0) {
      return;
    }
    addGenerated(statement(ranges, "Allow", null, resources, null), StatementOrigin.SamList.IP_RANGES, List.of(property), ranges);
    addGenerated(statement(ranges, "Deny", null, resources, condition(ranges, operator, List.of(new Entry("aws:SourceIp", ranges)))),
        StatementOrigin.SamList.IP_RANGES, List.of(property), ranges);
  }

  /** SAM classifies literal items by prefix and AND-s the two keys in one condition (§8.2). */
  private void vpcs(ObjectNode resourcePolicy, String suffix, String operator, List<String> resources) {
    List<String> vpcs = new ArrayList<>();
    List<String> endpoints = new ArrayList<>();
    List<String> properties = new ArrayList<>();
    Node anchor = null;
    for (String property : List.of("SourceVpc" + suffix, "IntrinsicVpc" + suffix, "IntrinsicVpce" + suffix)) {
      Node list = resourcePolicy.get(property);
      if (list == null) {
        continue;
      }
      anchor = anchor == null ? list : anchor;
      properties.add(property);
      for (String item : items(list)) {
        if (property.startsWith("SourceVpc")) {
          // A value the template leaves open may have either prefix: under both keys, every answer
          // that depends on it stays unknown.
          boolean open = Symbols.isSymbolic(item);
          if (open || item.startsWith("vpc-")) {
            vpcs.add(item);
          }
          if (open || item.startsWith("vpce-")) {
            endpoints.add(item);
          }
        } else {
          (property.startsWith("IntrinsicVpce") ? endpoints : vpcs).add(item);
        }
      }
    }
    if (anchor == null || vpcs.isEmpty() && endpoints.isEmpty()) {
      return;
    }
    List<Entry> keys = new ArrayList<>();
    if (!vpcs.isEmpty()) {
      keys.add(new Entry("aws:SourceVpc", strings(anchor, vpcs)));
    }
    if (!endpoints.isEmpty()) {
      keys.add(new Entry("aws:SourceVpce", strings(anchor, endpoints)));
    }
    addGenerated(statement(anchor, "Allow", null, resources, null), StatementOrigin.SamList.VPCS, properties, anchor);
    addGenerated(statement(anchor, "Deny", null, resources, condition(anchor, operator, keys)), StatementOrigin.SamList.VPCS, properties, anchor);
  }

  /**
   * The items SAM reads from a VPC list: it iterates what it is given, so a literal string gives its
   * characters (none of which has a VPC prefix); a value the template leaves open stays one open item.
   */
  private static List<String> items(Node list) {
    if (list instanceof ScalarNode scalar && !Symbols.isSymbolic(scalar.text())) {
      return scalar.text().chars().mapToObj(c -> String.valueOf((char) c)).toList();
    }
    return Values.texts(list);
  }

  private record Entry(String key, Node values) {}

  private static ObjectNode condition(Node at, String operator, List<Entry> entries) {
    ObjectNode keys = object(at);
    entries.forEach(entry -> keys.put(new ObjectNode.Key(entry.key(), at.location()), entry.values()));
    ObjectNode condition = object(at);
    condition.put(new ObjectNode.Key(operator, at.location()), keys);
    return condition;
  }

  /** A statement placed at the SAM property that produced it; {@code principal} null means {@code *}. */
  private static ObjectNode statement(Node at, String effect, ObjectNode principal, List<String> resources, ObjectNode condition) {
    Location where = at.location();
    ObjectNode statement = object(at);
    statement.put(new ObjectNode.Key("Effect", where), ScalarNode.string(effect, where, at.path()));
    statement.put(new ObjectNode.Key("Principal", where), principal != null ? principal : ScalarNode.string("*", where, at.path()));
    statement.put(new ObjectNode.Key("Action", where), ScalarNode.string(INVOKE, where, at.path()));
    statement.put(new ObjectNode.Key("Resource", where), strings(at, resources));
    if (condition != null) {
      statement.put(new ObjectNode.Key("Condition", where), condition);
    }
    return statement;
  }

  private static ArrayNode strings(Node at, List<String> texts) {
    ArrayNode array = new ArrayNode(at.location(), at.path());
    texts.forEach(text -> array.add(ScalarNode.string(text, at.location(), at.path())));
    return array;
  }

  private static ObjectNode object(Node at) {
    return new ObjectNode(at.location(), at.path());
  }
}
