package io.github.apigwlint.rule;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiMapping;
import io.github.apigwlint.model.Deployment;
import io.github.apigwlint.model.DomainName;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.policy.ConditionClause;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.PolicyValue;
import io.github.apigwlint.policy.Statement;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * The model node a finding is about: an API, a stage, a method or route, a policy, a statement, a
 * condition clause, a domain name, a mapping, a place in a file. With the rule's id it is the
 * finding's identity, which baselines, SARIF fingerprints and GitLab fingerprints key on; so it is
 * built from what names the node in the input (logical ids, JSON pointers, Sids, operator and key),
 * never from a message or a line number.
 *
 * <p>The key is {@code <kind> <element>[ <path>]}: {@code api t.yaml#Api}, {@code method
 * t.yaml#Api GET /pets}, {@code statement t.yaml#Api /Resources/Api/Properties/Policy Sid=Vpce},
 * {@code clause t.yaml#Api /Resources/Api/Properties/Policy /Statement/1 IpAddress aws:SourceIp}.
 *
 * @param kind what sort of node it is
 * @param element the resource the node lies in ({@code file#LogicalId}), or the file; suppressions
 *     scoped to a resource cover the findings whose subject lies in it
 * @param path the node inside that resource, empty for the resource itself
 */
public record Subject(Kind kind, String element, String path) {

  /** The sorts of node a finding can be about; the name starts the key. */
  public enum Kind {
    FILE, POINTER, API, STAGE, METHOD, POLICY, STATEMENT, CLAUSE, DOMAIN, MAPPING, DEPLOYMENT, SUPPRESSION;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Subject {
    if (element == null || element.isEmpty()) {
      throw new IllegalArgumentException(kind + " subject without an element");
    }
    path = path == null ? "" : path;
  }

  /** The canonical string of the identity. */
  public String key() {
    return kind.label() + " " + element + (path.isEmpty() ? "" : " " + path);
  }

  @Override
  public String toString() {
    return key();
  }

  public static Subject file(String file) {
    return new Subject(Kind.FILE, file, "");
  }

  /** A value in a file, by its JSON pointer ({@code /Resources/Api/Properties/Policy}). */
  public static Subject pointer(String file, String jsonPointer) {
    return new Subject(Kind.POINTER, file, jsonPointer);
  }

  public static Subject api(Api api) {
    return new Subject(Kind.API, api.element(), "");
  }

  public static Subject stage(Api api, String stage) {
    return new Subject(Kind.STAGE, api.element(), stage);
  }

  /** A REST method or v2 route: its API and {@code VERB /path} (or the route key). */
  public static Subject method(Api api, Method method) {
    return new Subject(Kind.METHOD, api.element(), method.display());
  }

  /** A policy: its carrier and where the document stands (a role may carry several). */
  public static Subject policy(PolicyDocument policy) {
    return new Subject(Kind.POLICY, policy.element(), policy.source().pointer());
  }

  /** A place in a policy document by its JSON pointer, for what is not a statement or a clause. */
  public static Subject inPolicy(PolicyDocument policy, String pointer) {
    return policy(policy).property(relative(policy.source().pointer(), pointer));
  }

  /**
   * A statement of a policy: its Sid where the Sid names one statement of the document, else its
   * pointer inside the document (generated statements share their source's pointer, so their
   * position is added).
   */
  public static Subject statement(PolicyDocument policy, Statement statement) {
    return new Subject(Kind.STATEMENT, policy.element(), policy.source().pointer() + " " + statementRef(policy, statement));
  }

  /** One key under one operator of a statement's Condition. */
  public static Subject clause(PolicyDocument policy, Statement statement, ConditionClause clause) {
    return new Subject(Kind.CLAUSE, policy.element(), policy.source().pointer() + " " + statementRef(policy, statement)
        + " " + clause.operatorName() + " " + clause.key().text());
  }

  /** A clause found in the policy without its statement ({@code ConditionKeys.clauses}). */
  public static Subject clause(PolicyDocument policy, ConditionClause clause) {
    Statement statement = policy.policy().statements().stream()
        .filter(s -> s.conditions().stream().anyMatch(c -> c == clause))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("clause " + clause.operatorName() + " is not in " + policy.owner()));
    return clause(policy, statement, clause);
  }

  /**
   * A value of a statement (a principal, a resource, an action): where it is written inside the
   * statement, or for a generated statement, whose values all stand at their source, the value itself.
   */
  public static Subject value(PolicyDocument policy, Statement statement, PolicyValue value) {
    String inStatement = inStatement(statement, value.node().pointer());
    return part(policy, statement, inStatement.isEmpty() ? "\"" + value.text() + "\"" : inStatement);
  }

  /**
   * A place in a statement by its JSON pointer; where a generated statement writes several values at
   * one place, tell them apart with {@link Occurrences}.
   */
  public static Subject value(PolicyDocument policy, Statement statement, String pointer) {
    return part(policy, statement, inStatement(statement, pointer));
  }

  private static Subject part(PolicyDocument policy, Statement statement, String part) {
    return statement(policy, statement).property(part);
  }

  private static String inStatement(Statement statement, String pointer) {
    String statementPointer = statement.node().pointer();
    return pointer.startsWith(statementPointer + "/") ? pointer.substring(statementPointer.length()) : "";
  }

  public static Subject domain(DomainName domain) {
    return new Subject(Kind.DOMAIN, domain.element(), "");
  }

  public static Subject mapping(ApiMapping mapping) {
    return new Subject(Kind.MAPPING, mapping.element(), "");
  }

  /**
   * One setting of this subject, for a rule that reports several problems of one node
   * ({@code domain t.yaml#Domain SecurityPolicy}).
   */
  public Subject property(String name) {
    if (name.isEmpty()) {
      return this;
    }
    return new Subject(kind, element, path.isEmpty() ? name : path + " " + name);
  }

  public static Subject deployment(Deployment deployment) {
    return new Subject(Kind.DEPLOYMENT, deployment.element(), "");
  }

  /** A suppression written in a file or the configuration: where it is and what it names. */
  public static Subject suppression(String file, String what) {
    return new Subject(Kind.SUPPRESSION, file, what);
  }

  private static String statementRef(PolicyDocument policy, Statement statement) {
    StatementNames names = StatementNames.of(policy.policy());
    String sid = statement.sid() == null ? "" : statement.sid().text();
    if (!sid.isBlank() && names.sids.get(sid) == 1) {
      return "Sid=" + sid;
    }
    String pointer = statement.node().pointer();
    String inDocument = relative(policy.source().pointer(), pointer);
    boolean shared = names.pointers.get(pointer) > 1;
    return shared || inDocument.isEmpty() ? inDocument + "#" + statement.index() : inDocument;
  }

  /**
   * How many statements of a policy have each Sid and each pointer, counted once per policy: rules
   * name one policy's statements in turn, and counting anew for each made a large policy quadratic.
   * The policy last counted on a thread is kept, weakly.
   */
  private static final class StatementNames {

    private static final ThreadLocal<StatementNames> LAST = new ThreadLocal<>();

    private final WeakReference<Policy> policy;
    private final Map<String, Integer> sids = new HashMap<>();
    private final Map<String, Integer> pointers = new HashMap<>();

    private StatementNames(Policy policy) {
      this.policy = new WeakReference<>(policy);
      for (Statement statement : policy.statements()) {
        if (statement.sid() != null) {
          sids.merge(statement.sid().text(), 1, Integer::sum);
        }
        pointers.merge(statement.node().pointer(), 1, Integer::sum);
      }
    }

    static StatementNames of(Policy policy) {
      StatementNames last = LAST.get();
      if (last == null || last.policy.get() != policy) {
        last = new StatementNames(policy);
        LAST.set(last);
      }
      return last;
    }
  }

  private static String relative(String base, String pointer) {
    return pointer.startsWith(base) ? pointer.substring(base.length()) : pointer;
  }
}
