package io.github.apigwlint.model.build;

import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.Symbols;
import java.util.Optional;

/** Terraform's {@code aws_iam_policy_document} data source as the JSON policy it renders (reference §8.4). */
final class TerraformPolicyDocument {

  private TerraformPolicyDocument() {}

  /**
   * The policy an {@code aws_iam_policy_document} body (its references resolved) renders, each
   * element at its block or argument. One that merges other documents or has dynamic blocks is
   * opaque: its statements are not all here.
   */
  static Node render(ObjectNode body, String address, Location at, String pointer) {
    if (body.has("source_policy_documents") || body.has("override_policy_documents")
        || body.has("source_json") || body.has("override_json") || body.has("dynamic")) {
      return ScalarNode.string(Symbols.opaque("policy merged by " + address), at, pointer);
    }
    ObjectNode policy = new ObjectNode(body.location(), pointer);
    policy.put(new ObjectNode.Key("Version", body.location()),
        Optional.ofNullable(body.get("version")).orElse(ScalarNode.string("2012-10-17", body.location(), "")));
    ArrayNode statements = new ArrayNode(body.location(), "");
    if (body.get("statement") instanceof ArrayNode blocks) {
      blocks.items().forEach(item -> Values.object(item).ifPresent(s -> statements.add(statement(s))));
    }
    policy.put(new ObjectNode.Key("Statement", body.location()), statements);
    return policy;
  }

  private static ObjectNode statement(ObjectNode block) {
    ObjectNode statement = new ObjectNode(block.location(), block.path());
    copy(block, "sid", statement, "Sid");
    statement.put(new ObjectNode.Key("Effect", block.location()),
        Optional.ofNullable(block.get("effect")).orElse(ScalarNode.string("Allow", block.location(), "")));
    copy(block, "actions", statement, "Action");
    copy(block, "not_actions", statement, "NotAction");
    copy(block, "resources", statement, "Resource");
    copy(block, "not_resources", statement, "NotResource");
    principals(block, "principals", statement, "Principal");
    principals(block, "not_principals", statement, "NotPrincipal");
    if (block.get("condition") instanceof ArrayNode conditions) {
      ObjectNode condition = new ObjectNode(conditions.location(), "");
      for (Node item : conditions.items()) {
        Values.object(item).ifPresent(c -> {
          String test = Values.text(c, "test");
          String variable = Values.text(c, "variable");
          if (test != null && variable != null && c.get("values") != null) {
            if (!(condition.get(test) instanceof ObjectNode)) {
              condition.put(new ObjectNode.Key(test, c.location()), new ObjectNode(c.location(), ""));
            }
            ((ObjectNode) condition.get(test)).put(new ObjectNode.Key(variable, c.get("variable").location()), c.get("values"));
          }
        });
      }
      statement.put(new ObjectNode.Key("Condition", conditions.location()), condition);
    }
    return statement;
  }

  private static void copy(ObjectNode from, String attribute, ObjectNode to, String element) {
    if (from.get(attribute) != null) {
      to.put(new ObjectNode.Key(element, from.key(attribute).location()), from.get(attribute));
    }
  }

  /** {@code principals {type = "AWS", identifiers = [...]}} blocks → {@code {"AWS": [...]}}; {@code *} for {@code type = "*"}. */
  private static void principals(ObjectNode from, String attribute, ObjectNode to, String element) {
    if (!(from.get(attribute) instanceof ArrayNode blocks)) {
      return;
    }
    ObjectNode principal = new ObjectNode(blocks.location(), "");
    for (Node item : blocks.items()) {
      Optional<ObjectNode> block = Values.object(item);
      String type = block.map(b -> Values.text(b, "type")).orElse(null);
      Node identifiers = block.map(b -> b.get("identifiers")).orElse(null);
      if (type == null || identifiers == null) {
        continue;
      }
      if (type.equals("*")) {
        to.put(new ObjectNode.Key(element, item.location()), ScalarNode.string("*", item.location(), ""));
        return;
      }
      if (!(principal.get(type) instanceof ArrayNode)) {
        principal.put(new ObjectNode.Key(type, item.location()), new ArrayNode(identifiers.location(), ""));
      }
      ArrayNode all = (ArrayNode) principal.get(type);
      if (identifiers instanceof ArrayNode list) {
        list.items().forEach(all::add);
      } else {
        all.add(identifiers);
      }
    }
    to.put(new ObjectNode.Key(element, blocks.location()), principal);
  }
}
