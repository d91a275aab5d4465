package io.github.apigwlint.analysis;

import io.github.apigwlint.access.StatementCoverage;
import io.github.apigwlint.access.summary.AccessSummary;
import io.github.apigwlint.access.summary.ApiAccess;
import io.github.apigwlint.access.summary.StatementReach;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.DomainName;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.ExpansionContext;
import io.github.apigwlint.policy.Policy;
import io.github.apigwlint.policy.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The analyses the variants of one run share. A run reads the templates without undecided conditions
 * once, so their APIs and policies are the same objects in every variant, and an analysis of the same
 * objects gives the same answer: it is made by the first variant that asks and reused by the others.
 * Keys compare model objects by identity, so an element a variant read anew is analysed anew.
 * Safe for concurrent use, as variants run side by side.
 */
public final class VariantsMemo {

  private final Map<IdentityKey, Object> answers = new ConcurrentHashMap<>();

  /** {@link StatementCoverage#methods}, once per statement, API, caller and expansion. */
  public List<Method> coverage(Policy policy, Statement statement, Api api, Caller caller, ExpansionContext expansion) {
    return answer(IdentityKey.of("coverage", caller, expansion, policy, statement, api),
        () -> StatementCoverage.methods(policy, statement, api, caller, expansion));
  }

  /** {@link StatementCoverage#singlesOut}, once per statement, API, caller and expansion. */
  public boolean singlesOut(Policy policy, Statement statement, Api api, Caller caller, ExpansionContext expansion) {
    return answer(IdentityKey.of("singlesOut", caller, expansion, policy, statement, api),
        () -> StatementCoverage.singlesOut(policy, statement, api, caller, expansion));
  }

  /** {@link AccessSummary#of}, once per API, resource policy, endpoint policies and mapped domains. */
  ApiAccess access(Api api, PolicyDocument document, Map<String, Policy> endpointPolicies, List<DomainName> domains) {
    List<Object> same = new ArrayList<>(List.of(api));
    same.add(document);
    same.addAll(endpointPolicies.values());
    same.addAll(domains);
    return answer(new IdentityKey(List.of("access", List.copyOf(endpointPolicies.keySet())), same),
        () -> AccessSummary.of(api, document, endpointPolicies, domains));
  }

  /** {@link StatementReach#of}, once per API and resource policy. */
  Optional<StatementReach> reach(Api api, Workspace workspace) {
    PolicyDocument document = workspace.resourcePolicy(api).orElse(null);
    return answer(new IdentityKey(List.of("reach"), Arrays.asList(api, document)), () -> StatementReach.of(api, workspace));
  }

  @SuppressWarnings("unchecked")
  private <T> T answer(IdentityKey key, Supplier<T> compute) {
    Object known = answers.get(key);
    if (known == null) {
      known = compute.get();
      answers.putIfAbsent(key, known);
    }
    return (T) known;
  }
}
