package io.github.apigwlint.access;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.Consumer;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.model.PolicyKind;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Decision;
import io.github.apigwlint.policy.PolicyEvaluator;
import io.github.apigwlint.policy.PolicyValue;
import io.github.apigwlint.policy.Request;
import io.github.apigwlint.policy.RequestContext;
import io.github.apigwlint.policy.Verdict;
import io.github.apigwlint.source.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The callers from other accounts that are expected to invoke an API: those the configuration
 * names as its consumers, and the roles whose identity policies grant {@code execute-api:Invoke} on
 * this API by its id or its account.
 */
public final class ExpectedCallers {

  /**
   * @param principal how the caller is named (ARN or account)
   * @param evidence why it is expected, for messages
   * @param location where that evidence is written, or null (the configuration file)
   */
  public record Expected(Caller caller, String principal, String evidence, Location location) {}

  private ExpectedCallers() {}

  /** Callers in an account other than the API's, at most one per principal. */
  public static List<Expected> of(Api api, Workspace workspace) {
    Map<String, Expected> expected = new LinkedHashMap<>();
    for (Consumer consumer : workspace.consumers()) {
      if (!names(consumer.api(), api)) {
        continue;
      }
      for (String principal : consumer.callers()) {
        Callers.parse(principal)
            .filter(caller -> crossAccount(api, caller.account()))
            .ifPresent(caller -> expected.putIfAbsent(principal, new Expected(caller, principal, "a consumer in the configuration", null)));
      }
    }
    for (PolicyDocument identity : workspace.policies()) {
      if (identity.kind() == PolicyKind.IDENTITY_POLICY
          && identity.principal() != null
          && crossAccount(api, identity.account())
          && grantsInvokeOn(identity, api, workspace)) {
        expected.putIfAbsent(
            identity.principal(),
            new Expected(
                Callers.roleSession(identity.principal(), identity.account()),
                identity.principal(),
                "its identity policy allows execute-api:Invoke on this API",
                identity.source().location()));
      }
    }
    return new ArrayList<>(expected.values());
  }

  /** A consumer entry names an API by logical id, by name, or {@code *} for all. */
  private static boolean names(String reference, Api api) {
    return reference.equals("*") || api.element().endsWith("#" + reference) || api.name().endsWith(" " + reference);
  }

  /**
   * Without configuration the API's account is the symbol SELF, and any literal account is another
   * account; an unknown account is never assumed to be another.
   */
  static boolean crossAccount(Api api, String callerAccount) {
    return callerAccount != null && !callerAccount.equals(api.account());
  }

  /**
   * The identity policy must name this API, by id or by its literal account: a grant on every API
   * ({@code arn:aws:execute-api:*:*:*}) says nothing about which APIs a role is meant to call. An id
   * that APIs of several templates carry (the same logical id) names the API of the policy's template.
   */
  private static boolean grantsInvokeOn(PolicyDocument identity, Api api, Workspace workspace) {
    Caller caller = Callers.roleSession(identity.principal(), identity.account());
    boolean idMayMeanApi = workspace.mayMean(identity.element(), api);
    return api.methods().stream()
        .filter(m -> m.authorization() == AuthorizationType.AWS_IAM)
        .anyMatch(method -> MethodArns.stages(api).stream().anyMatch(stage -> grantsInvokeOn(identity, api, idMayMeanApi, caller, method, stage)));
  }

  /** A grant on one method in one stage is enough to say which API the role is meant to call. */
  private static boolean grantsInvokeOn(PolicyDocument identity, Api api, boolean idMayMeanApi, Caller caller, Method method, String stage) {
    Request request = new Request(caller, "execute-api:Invoke", MethodArns.arn(api, method, stage), RequestContext.forCaller(caller));
    Decision decision = PolicyEvaluator.evaluate(identity.policy(), request, null);
    return decision.verdict() == Verdict.ALLOW
        && decision.deciding().stream()
            .flatMap(statement -> statement.resources().stream())
            .map(PolicyValue::text)
            .anyMatch(resource -> idMayMeanApi && resource.contains(api.apiId()) || resource.contains(":" + api.account() + ":") && !api.account().isEmpty());
  }
}
