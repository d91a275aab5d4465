package io.github.apigwlint.analysis;

import io.github.apigwlint.access.ApiRequests;
import io.github.apigwlint.access.Callers;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Decision;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.PolicyValue;
import io.github.apigwlint.policy.RequestContext;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.policy.Verdict;
import io.github.apigwlint.source.Symbols;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Questions about one caller at a time that the access summary's classes do not answer, put to the
 * resource policy alone in every stage and for every method, with the origin of the call unknown.
 *
 * @param policy null when the API has no resource policy
 */
record ResourcePolicyCalls(Api api, Policy policy, List<String> stages) {

  boolean mayAdmitThrough(String endpoint) {
    Caller anonymous = Caller.anonymous();
    RequestContext through = ApiRequests.throughEndpoint(anonymous, endpoint);
    return policy == null || stages.stream().anyMatch(stage -> api.invocableMethods().stream().anyMatch(method ->
        ApiRequests.evaluate(policy, api, method, stage, anonymous, through).possible().contains(Verdict.ALLOW)));
  }

  Optional<SignedOnlyGrant> signedOnlyGrant(Method method) {
    if (policy == null) {
      return Optional.empty();
    }
    Set<Statement> grants = new LinkedHashSet<>();
    List<String> granted = new ArrayList<>();
    for (String stage : stages) {
      signedOnlyGrant(method, stage).ifPresent(grant -> {
        grants.add(grant);
        granted.add(Symbols.render(stage));
      });
    }
    // the policy's first such statement, whichever stage is declared first
    return policy.statements().stream().filter(grants::contains).findFirst()
        .map(grant -> new SignedOnlyGrant(grant, granted.stream().sorted().toList()));
  }

  private Optional<Statement> signedOnlyGrant(Method method, String stage) {
    if (allows(method, stage, Caller.anonymous())) {
      return Optional.empty();
    }
    for (Statement statement : policy.statements()) {
      if (!statement.isAllow() || statement.notPrincipal() || statement.principal() == null || statement.principal().wildcard()) {
        continue;
      }
      for (PolicyValue principal : statement.principal().aws()) {
        Optional<Caller> named = Callers.parse(principal.text());
        if (named.isPresent() && allows(method, stage, named.get())) {
          return Optional.of(statement);
        }
      }
    }
    return Optional.empty();
  }

  private boolean allows(Method method, String stage, Caller caller) {
    return ApiRequests.evaluate(policy, api, method, stage, caller, ApiRequests.unknownOrigin(api, caller))
        .possible().contains(Verdict.ALLOW);
  }

  Refusal refusal(Method method, Caller caller) {
    List<String> refusing = new ArrayList<>();
    Set<Statement> denies = new LinkedHashSet<>();
    for (String stage : stages) {
      if (policy == null) {
        refusing.add(Symbols.render(stage));
        continue;
      }
      Decision decision = ApiRequests.evaluate(policy, api, method, stage, caller, ApiRequests.unknownOrigin(api, caller));
      if (!decision.possible().contains(Verdict.ALLOW)) {
        refusing.add(Symbols.render(stage));
        if (decision.verdict() == Verdict.EXPLICIT_DENY) {
          denies.addAll(decision.deciding());
        }
      }
    }
    return new Refusal(refusing.stream().sorted().toList(), denies);
  }
}
