package io.github.apigwlint.policy;

import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Budget;
import io.github.apigwlint.source.LimitExceeded;
import io.github.apigwlint.source.Limits.Limit;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.Pointers;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.Symbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a located tree as an IAM policy. Never throws: every grammar problem becomes a
 * {@link PolicyProblem} at the place it was written, and parsing goes on so that all problems are
 * reported at once.
 */
public final class PolicyParser {

  private static final Set<String> TOP_LEVEL_KEYS = Set.of("Version", "Id", "Statement");
  private static final Set<String> STATEMENT_KEYS =
      Set.of(
          "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource",
          "Condition");

  private final boolean resourcePolicy;
  private final boolean resourceRequired;
  private final List<PolicyProblem> problems = new ArrayList<>();

  private PolicyParser(boolean resourcePolicy, boolean resourceRequired) {
    this.resourcePolicy = resourcePolicy;
    this.resourceRequired = resourceRequired;
  }

  /**
   * @param resourcePolicy true for resource policies (API, domain, VPC endpoint, trust), where every
   *     statement needs a Principal; false for identity and authorizer-output policies, where none may
   *     have one
   */
  public static Policy parse(Node root, boolean resourcePolicy) {
    return parse(root, resourcePolicy, true);
  }

  /**
   * @param resourceRequired false for role trust policies, whose statements have no Resource (the
   *     role itself is the resource)
   */
  public static Policy parse(Node root, boolean resourcePolicy, boolean resourceRequired) {
    return new PolicyParser(resourcePolicy, resourceRequired).document(root);
  }

  /**
   * A policy of more statements than the run's {@link Limit#STATEMENTS} is not analysed: its
   * statements stand as one unknown, and the reader of the file reports the limit passed.
   */
  public static Optional<LimitExceeded> tooManyStatements(Node root) {
    long limit = Budget.limits().get(Limit.STATEMENTS);
    if (root instanceof ObjectNode object && object.get("Statement") instanceof ArrayNode array && array.size() > limit) {
      return Optional.of(new LimitExceeded(Limit.STATEMENTS, limit, "a policy of " + array.size() + " statements, not analysed",
          array.location()));
    }
    return Optional.empty();
  }

  private Policy document(Node root) {
    reportDuplicateKeys(root);
    List<Statement> statements = new ArrayList<>();
    List<Node> unknownStatements = new ArrayList<>();
    if (isOpaque(root)) {
      unknownStatements.add(root);
      return new Policy(null, null, statements, unknownStatements, problems, resourcePolicy, root);
    }
    if (!(root instanceof ObjectNode object)) {
      problem("policy must be a JSON object", root);
      return new Policy(null, null, statements, unknownStatements, problems, resourcePolicy, root);
    }
    reportUnknownKeys(object, TOP_LEVEL_KEYS, "top-level");
    PolicyValue version = optionalString(object, "Version");
    if (version != null
        && !version.isOpaque()
        && !Policy.CURRENT_VERSION.equals(version.text())
        && !Policy.LEGACY_VERSION.equals(version.text())) {
      problem("Version must be \"2012-10-17\" or \"2008-10-17\", not \"" + version + "\"", version.node());
    }
    PolicyValue id = optionalString(object, "Id");
    Node statementNode = object.get("Statement");
    if (statementNode == null) {
      problem("policy has no Statement", object);
    } else if (isOpaque(statementNode) || tooManyStatements(root).isPresent()) {
      unknownStatements.add(statementNode);
    } else if (statementNode instanceof ArrayNode array) {
      for (Node item : array.items()) {
        statement(item, statements, unknownStatements);
      }
    } else if (statementNode instanceof ObjectNode) {
      statement(statementNode, statements, unknownStatements);
    } else {
      problem("Statement must be an object or an array of objects", statementNode);
    }
    reportDuplicateSids(statements);
    return new Policy(version, id, statements, unknownStatements, problems, resourcePolicy, root);
  }

  private void statement(Node node, List<Statement> statements, List<Node> unknownStatements) {
    if (isOpaque(node)) {
      unknownStatements.add(node);
      return;
    }
    if (!(node instanceof ObjectNode object)) {
      problem("statement must be an object", node);
      return;
    }
    int before = problems.size();
    reportUnknownKeys(object, STATEMENT_KEYS, "statement");
    PolicyValue sid = optionalString(object, "Sid");
    Effect effect = effect(object);
    Node principalNode = object.get("Principal");
    Node notPrincipalNode = object.get("NotPrincipal");
    checkPrincipalPresence(object, principalNode, notPrincipalNode);
    PrincipalSpec principal = null;
    if (principalNode != null) {
      principal = PrincipalReader.read(principalNode, problems);
    } else if (notPrincipalNode != null) {
      principal = PrincipalReader.read(notPrincipalNode, problems);
    }
    boolean notAction = exactlyOne(object, "Action", "NotAction");
    List<PolicyValue> actions = strings(object.get(notAction ? "NotAction" : "Action"), "Action");
    boolean notResource =
        resourceRequired || object.has("Resource") || object.has("NotResource")
            ? exactlyOne(object, "Resource", "NotResource")
            : false;
    List<PolicyValue> resources = strings(object.get(notResource ? "NotResource" : "Resource"), "Resource");
    Node conditionNode = object.get("Condition");
    boolean conditionsUnknown = conditionNode != null && isOpaque(conditionNode);
    List<ConditionClause> conditions =
        conditionNode == null || conditionsUnknown
            ? List.of()
            : ConditionReader.read(conditionNode, problems);
    boolean broken = problems.size() > before;
    statements.add(
        new Statement(
            statements.size() + unknownStatements.size(),
            sid,
            effect,
            principal,
            principalNode == null && notPrincipalNode != null,
            actions,
            notAction,
            resources,
            notResource,
            conditions,
            conditionsUnknown,
            broken,
            object));
  }

  private Effect effect(ObjectNode statement) {
    Node node = statement.get("Effect");
    if (node == null) {
      problem("statement has no Effect", statement);
      return null;
    }
    if (node instanceof ScalarNode scalar && scalar.isString()) {
      var effect = Effect.parse(scalar.text());
      if (effect.isPresent()) {
        return effect.get();
      }
      if (Symbols.hasOpaque(scalar.text())) {
        // An unknown Effect is not a grammar error; the evaluator treats the statement as either.
        return null;
      }
    }
    problem("Effect must be \"Allow\" or \"Deny\" (case-sensitive), not " + describe(node), node);
    return null;
  }

  private void checkPrincipalPresence(ObjectNode statement, Node principal, Node notPrincipal) {
    if (principal != null && notPrincipal != null) {
      problem("statement has both Principal and NotPrincipal", notPrincipal);
    }
    boolean present = principal != null || notPrincipal != null;
    if (resourcePolicy && !present) {
      problem("statement of a resource policy needs a Principal", statement);
    } else if (!resourcePolicy && present) {
      problem(
          "identity policy statements must not have a Principal",
          principal != null ? principal : notPrincipal);
    }
  }

  /** Reports both-or-neither; returns whether the negated form is the one used. */
  private boolean exactlyOne(ObjectNode statement, String positive, String negative) {
    boolean hasPositive = statement.has(positive);
    boolean hasNegative = statement.has(negative);
    if (hasPositive && hasNegative) {
      problem("statement has both " + positive + " and " + negative, statement.get(negative));
    } else if (!hasPositive && !hasNegative) {
      problem("statement needs " + positive + " or " + negative, statement);
    }
    return hasNegative && !hasPositive;
  }

  /** A string or an array of strings; a one-element array may be written as the bare string. */
  private List<PolicyValue> strings(Node node, String element) {
    return StringList.read(node, element, problems);
  }

  private PolicyValue optionalString(ObjectNode object, String key) {
    Node node = object.get(key);
    if (node == null) {
      return null;
    }
    if (node instanceof ScalarNode scalar && scalar.isString()) {
      return new PolicyValue(scalar.text(), node);
    }
    problem(key + " must be a string, not " + describe(node), node);
    return null;
  }

  private void reportUnknownKeys(ObjectNode object, Set<String> known, String where) {
    for (String key : object.entries().keySet()) {
      if (!known.contains(key)) {
        problems.add(PolicyProblem.ofKey("unknown " + where + " key \"" + key + "\"", object, key));
      }
    }
  }

  private void reportDuplicateSids(List<Statement> statements) {
    Map<String, Statement> seen = new HashMap<>();
    for (Statement statement : statements) {
      if (statement.sid() == null || statement.sid().text().isEmpty()) {
        continue;
      }
      Statement first = seen.putIfAbsent(statement.sid().text(), statement);
      if (first != null) {
        problem(
            "duplicate Sid \"" + statement.sid() + "\" (also used by " + first.label() + ")",
            statement.sid().node());
      }
    }
  }

  private void reportDuplicateKeys(Node node) {
    if (node instanceof ObjectNode object) {
      for (ObjectNode.Duplicate duplicate : object.duplicates()) {
        ObjectNode.Key key = duplicate.later();
        problems.add(new PolicyProblem("duplicate key \"" + key.name() + "\" (IAM rejects it; no last-wins)",
            key.location(), Pointers.child(object.pointer(), key.name())));
      }
      object.entries().values().forEach(this::reportDuplicateKeys);
    } else if (node instanceof ArrayNode array) {
      array.items().forEach(this::reportDuplicateKeys);
    }
  }

  private void problem(String message, Node node) {
    problems.add(new PolicyProblem(message, node));
  }

  static boolean isOpaque(Node node) {
    return node instanceof ScalarNode scalar && scalar.isString() && Symbols.hasOpaque(scalar.text())
        && Symbols.isSingleToken(scalar.text());
  }

  static String describe(Node node) {
    if (node instanceof ObjectNode) {
      return "an object";
    }
    if (node instanceof ArrayNode) {
      return "an array";
    }
    ScalarNode scalar = (ScalarNode) node;
    return switch (scalar.kind()) {
      case STRING -> "\"" + Symbols.render(scalar.text()) + "\"";
      case NUMBER -> "the number " + scalar.text();
      case BOOLEAN -> "the boolean " + scalar.text();
      case NULL -> "null";
    };
  }
}
