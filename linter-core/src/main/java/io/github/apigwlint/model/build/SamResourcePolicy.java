package io.github.apigwlint.model.build;

import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The resource policy SAM generates from {@code Auth.ResourcePolicy} of an {@code
 * AWS::Serverless::Api} (reference §8.2), with each generated statement located at the SAM property
 * it comes from. SAM writes one resource per path and method; this expansion covers the whole API
 * ({@code execute-api:/*}), which is what SAM's statements add up to when every path is listed.
 */
final class SamResourcePolicy {

  private static final String INVOKE = "execute-api:Invoke";
  private static final String EVERYTHING = "execute-api:/*";

  private final ObjectNode resourcePolicy;
  private final ArrayNode statements;

  private SamResourcePolicy(ObjectNode resourcePolicy) {
    this.resourcePolicy = resourcePolicy;
    this.statements = new ArrayNode(resourcePolicy.location(), resourcePolicy.pointer() + "/Statement");
  }

  /** The generated policy document, or empty when {@code Auth.ResourcePolicy} is absent. */
  static Optional<ObjectNode> of(ObjectNode apiProperties) {
    return Values.object(apiProperties, "Auth")
        .flatMap(auth -> Values.object(auth, "ResourcePolicy"))
        .map(policy -> new SamResourcePolicy(policy).expand());
  }

  private ObjectNode expand() {
    principals("AwsAccountWhitelist", "Allow");
    principals("AwsAccountBlacklist", "Deny");
    sourceIp("IpRangeWhitelist", "NotIpAddress");
    sourceIp("IpRangeBlacklist", "IpAddress");
    vpcs("Whitelist", "StringNotEquals");
    vpcs("Blacklist", "StringEquals");
    Node custom = resourcePolicy.get("CustomStatements");
    if (custom instanceof ArrayNode list) {
      list.items().forEach(statements::add);
    } else if (custom instanceof ObjectNode single) {
      statements.add(single);
    }
    ObjectNode document = new ObjectNode(resourcePolicy.location(), resourcePolicy.pointer());
    document.put(key("Version"), ScalarNode.string("2012-10-17", resourcePolicy.location(), resourcePolicy.pointer() + "/Version"));
    document.put(key("Statement"), statements);
    return document;
  }

  private void principals(String property, String effect) {
    Node accounts = resourcePolicy.get(property);
    if (accounts == null) {
      return;
    }
    ObjectNode principal = object(accounts);
    principal.put(key("AWS"), accounts);
    statements.add(statement(accounts, effect, principal, null));
  }

  private void sourceIp(String property, String operator) {
    Node ranges = resourcePolicy.get(property);
    if (ranges == null) {
      return;
    }
    statements.add(statement(ranges, "Allow", null, null));
    statements.add(statement(ranges, "Deny", null, condition(ranges, operator, List.of(new Entry("aws:SourceIp", ranges)))));
  }

  /** SAM sorts the VPC lists' items by prefix and AND-s the two keys in one condition (§8.2). */
  private void vpcs(String suffix, String operator) {
    List<String> vpcs = new ArrayList<>();
    List<String> endpoints = new ArrayList<>();
    Node anchor = null;
    for (String property : List.of("SourceVpc" + suffix, "IntrinsicVpc" + suffix, "IntrinsicVpce" + suffix)) {
      Node list = resourcePolicy.get(property);
      if (list == null) {
        continue;
      }
      anchor = anchor == null ? list : anchor;
      for (String item : Values.texts(list)) {
        boolean endpoint = property.startsWith("IntrinsicVpce") || property.startsWith("SourceVpc") && item.startsWith("vpce-");
        (endpoint ? endpoints : vpcs).add(item);
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
    statements.add(statement(anchor, "Allow", null, null));
    statements.add(statement(anchor, "Deny", null, condition(anchor, operator, keys)));
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
  private static ObjectNode statement(Node at, String effect, ObjectNode principal, ObjectNode condition) {
    Location where = at.location();
    ObjectNode statement = object(at);
    statement.put(new ObjectNode.Key("Effect", where), ScalarNode.string(effect, where, at.pointer()));
    statement.put(new ObjectNode.Key("Principal", where), principal != null ? principal : ScalarNode.string("*", where, at.pointer()));
    statement.put(new ObjectNode.Key("Action", where), ScalarNode.string(INVOKE, where, at.pointer()));
    statement.put(new ObjectNode.Key("Resource", where), ScalarNode.string(EVERYTHING, where, at.pointer()));
    if (condition != null) {
      statement.put(new ObjectNode.Key("Condition", where), condition);
    }
    return statement;
  }

  private static ArrayNode strings(Node at, List<String> texts) {
    ArrayNode array = new ArrayNode(at.location(), at.pointer());
    texts.forEach(text -> array.add(ScalarNode.string(text, at.location(), at.pointer())));
    return array;
  }

  private static ObjectNode object(Node at) {
    return new ObjectNode(at.location(), at.pointer());
  }

  private ObjectNode.Key key(String name) {
    return new ObjectNode.Key(name, resourcePolicy.location());
  }
}
