package io.github.apigwlint.access;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.policy.Arn;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.ExecuteApiArn;
import io.github.apigwlint.policy.ExpansionContext;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.PolicyValue;
import io.github.apigwlint.policy.PolicyEvaluator;
import io.github.apigwlint.policy.Request;
import io.github.apigwlint.policy.RequestContext;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.policy.Verdict;
import io.github.apigwlint.source.Symbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which methods of an API one statement is about: those whose {@code execute-api:Invoke} call by a
 * given caller its Principal, Action and Resource match for certain, in at least one stage of the
 * API, whatever its conditions say. A value the input does not fix (an API id or stage from an
 * unknown parameter) leaves a method out; only the partition and Region of a template deployed to a
 * Region the configuration does not name are taken to be those the statement names. Rules use it to
 * name the methods a condition or a statement concerns; whether the statement applies is the
 * evaluator's question.
 */
public final class StatementCoverage {

  /** An API id no input uses: a statement that matches it is not about one API in particular. */
  private static final String OTHER_API_ID = "apigwlintotherapi";

  private StatementCoverage() {}

  /**
   * @param policy the policy the statement belongs to (its Version decides policy variables)
   * @param expansion the API the policy is attached to, for the {@code execute-api:/} shorthand; null
   *     for identity policies, where the shorthand means nothing
   */
  public static List<Method> methods(Policy policy, Statement statement, Api api, Caller caller, ExpansionContext expansion) {
    return methods(policy, statement, api, caller, expansion, Integer.MAX_VALUE);
  }

  private static List<Method> methods(
      Policy policy, Statement statement, Api api, Caller caller, ExpansionContext expansion, int enough) {
    if (namesOtherApisOnly(statement, api)) {
      return List.of();
    }
    Policy alone = alone(policy, inDeploymentOf(withoutConditions(statement), api));
    Verdict effect = statement.isDeny() ? Verdict.EXPLICIT_DENY : Verdict.ALLOW;
    List<Method> covered = new ArrayList<>();
    for (Method method : api.methods()) {
      if (covered.size() == enough) {
        break;
      }
      for (String stage : MethodArns.stages(api)) {
        Request request = new Request(caller, "execute-api:Invoke", MethodArns.arn(api, method, stage), RequestContext.forCaller(caller));
        if (PolicyEvaluator.evaluate(alone, request, expansion).verdict() == effect) {
          covered.add(method);
          break;
        }
      }
    }
    return covered;
  }

  /**
   * Whether the statement's resources single out this API: it covers none of its methods under
   * another API id ({@code arn:aws:execute-api:*:*:*} or {@code *} are about every API).
   */
  public static boolean singlesOut(Policy policy, Statement statement, Api api, Caller caller, ExpansionContext expansion) {
    Api other = new Api(api.name(), api.element(), api.protocol(), OTHER_API_ID, api.account(), api.region(), api.partition(),
        api.endpointType(), api.vpcEndpointIds(), api.location(), api.methods(), api.stages(), api.syntax(),
        api.condition(), api.defaultEndpointDisabled(), api.undeclared());
    return methods(policy, statement, other, caller, expansion, 1).isEmpty();
  }

  /**
   * Whether every Resource of the statement is an execute-api ARN whose API id is written without a
   * wildcard or a policy variable and is not {@code api}'s: such a resource matches none of the API's
   * methods for certain (an identity symbol is another API's, an open value may or may not be this
   * one), so the statement covers none, and the evaluator need not be asked per method and stage.
   * Asking every identity policy about every API of the workspace was most of a run's time.
   */
  private static boolean namesOtherApisOnly(Statement statement, Api api) {
    return apiIds(statement).map(ids -> !ids.contains(lowerCase(api.apiId()))).orElse(false);
  }

  /**
   * The ids, lower-cased, of the APIs a statement's resources can name, when every Resource is an
   * execute-api ARN whose API id is written without a wildcard or a policy variable; empty when the
   * resources may name any API. A statement covers no method of an API whose id is not among them.
   */
  public static Optional<Set<String>> apiIds(Statement statement) {
    if (statement.notResource() || statement.resources().isEmpty()) {
      return Optional.empty();
    }
    Set<String> ids = new HashSet<>();
    for (PolicyValue value : statement.resources()) {
      Optional<Arn> arn = Arn.parse(value.text());
      if (arn.isEmpty() || !arn.get().service().equals(ExecuteApiArn.SERVICE)) {
        return Optional.empty();
      }
      String resource = arn.get().resource();
      int slash = resource.indexOf('/');
      String apiId = slash < 0 ? resource : resource.substring(0, slash);
      if (!pinned(apiId)) {
        return Optional.empty();
      }
      ids.add(lowerCase(apiId));
    }
    return Optional.of(ids);
  }

  /** An API id as {@link #apiIds} compares it. */
  public static String lowerCase(String apiId) {
    return apiId.toLowerCase(Locale.ROOT);
  }

  /** Whether the text outside its symbol tokens has no wildcard and no policy variable. */
  private static boolean pinned(String segment) {
    int depth = 0;
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == Symbols.OPEN) {
        depth++;
      } else if (c == Symbols.CLOSE) {
        depth--;
      } else if (depth == 0 && (c == '*' || c == '?' || c == '$')) {
        return false;
      }
    }
    return !segment.isEmpty();
  }

  /** The statement with its conditions dropped: what it is about, not when it applies. */
  public static Statement withoutConditions(Statement s) {
    return new Statement(s.index(), s.sid(), s.effect(), s.principal(), s.notPrincipal(), s.actions(), s.notAction(),
        s.resources(), s.notResource(), List.of(), false, s.broken(), s.node());
  }

  /**
   * A template deployed to a Region the configuration does not name has a symbolic partition and
   * Region, which a literal one in a statement may or may not be. Compared as they are, the whole ARN
   * would stay open (a symbol may stand for any text); the statement's literal partition and Region
   * segments are taken as the API's own instead, so that the rest of the ARN decides.
   */
  private static Statement inDeploymentOf(Statement s, Api api) {
    boolean partition = Symbols.PARTITION.equals(api.partition());
    boolean region = Symbols.REGION.equals(api.region());
    if (!partition && !region) {
      return s;
    }
    List<PolicyValue> resources = new ArrayList<>();
    for (PolicyValue value : s.resources()) {
      Optional<Arn> arn = Arn.parse(value.text());
      if (arn.isEmpty() || !arn.get().service().equals(ExecuteApiArn.SERVICE)) {
        resources.add(value);
        continue;
      }
      Arn a = arn.get();
      Arn rewritten = new Arn(partition && literal(a.partition()) ? api.partition() : a.partition(), a.service(),
          region && literal(a.region()) ? api.region() : a.region(), a.account(), a.resource());
      resources.add(new PolicyValue(rewritten.toString(), value.node()));
    }
    return new Statement(s.index(), s.sid(), s.effect(), s.principal(), s.notPrincipal(), s.actions(), s.notAction(),
        resources, s.notResource(), s.conditions(), s.conditionsUnknown(), s.broken(), s.node());
  }

  private static boolean literal(String segment) {
    return !segment.isEmpty() && !segment.contains("*") && !segment.contains("?") && !Symbols.isSymbolic(segment);
  }

  private static Policy alone(Policy policy, Statement statement) {
    return new Policy(policy.version(), policy.id(), List.of(statement), List.of(), List.of(), policy.resourcePolicy(), policy.source());
  }
}
