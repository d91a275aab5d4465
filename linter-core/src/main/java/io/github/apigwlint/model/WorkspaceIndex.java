package io.github.apigwlint.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The workspace's lookups by key, kept up with its element lists. */
final class WorkspaceIndex {

  // written after the maps they count, read without a lock: a reader that sees the lists' sizes here sees the maps
  private volatile int apisIndexed;
  private volatile int policiesIndexed;
  private volatile int endpointsIndexed;
  private volatile int rolesIndexed;
  private final Map<String, Integer> apisById = new HashMap<>();
  private final Map<String, List<Api>> apisByLowerCaseId = new HashMap<>();
  private final Map<String, Integer> endpointsById = new HashMap<>();
  private final Map<String, Integer> rolesByArn = new HashMap<>();
  // an API is its own key: two APIs with equal values are still two APIs
  private final Map<Api, List<PolicyDocument>> resourcePolicies = new IdentityHashMap<>();
  private final Map<String, List<PolicyDocument>> domainPolicies = new HashMap<>();
  private final Map<String, PolicyDocument> endpointPolicies = new HashMap<>();
  private final Map<String, List<PolicyDocument>> byPrincipal = new HashMap<>();

  /** Whether the index holds every element of the lists. */
  boolean isCurrent(List<Api> apis, List<PolicyDocument> policies, List<VpcEndpoint> endpoints, List<Role> roles) {
    return apisIndexed == apis.size() && policiesIndexed == policies.size() && endpointsIndexed == endpoints.size()
        && rolesIndexed == roles.size();
  }

  /** Adds the elements appended to the lists since the last call: the lists only grow. */
  void catchUp(List<Api> apis, List<PolicyDocument> policies, List<VpcEndpoint> endpoints, List<Role> roles) {
    apisIndexed = each(apis, apisIndexed, this::addApi);
    endpointsIndexed = each(endpoints, endpointsIndexed, endpoint -> endpointsById.merge(endpoint.id(), 1, Integer::sum));
    rolesIndexed = each(roles, rolesIndexed, role -> rolesByArn.merge(role.arn(), 1, Integer::sum));
    policiesIndexed = each(policies, policiesIndexed, this::addPolicy);
  }

  private static <T> int each(List<T> list, int from, Consumer<T> action) {
    for (int i = from; i < list.size(); i++) {
      action.accept(list.get(i));
    }
    return list.size();
  }

  private void addApi(Api api) {
    apisById.merge(api.apiId(), 1, Integer::sum);
    apisByLowerCaseId.computeIfAbsent(api.apiId().toLowerCase(Locale.ROOT), id -> new ArrayList<>()).add(api);
  }

  private void addPolicy(PolicyDocument policy) {
    if (policy.principal() != null) {
      byPrincipal.computeIfAbsent(policy.principal(), p -> new ArrayList<>()).add(policy);
    }
    if (policy.kind() == PolicyKind.API_RESOURCE_POLICY && policy.api() != null) {
      resourcePolicies.computeIfAbsent(policy.api(), a -> new ArrayList<>()).add(policy);
    } else if (policy.kind() == PolicyKind.DOMAIN_POLICY) {
      domainPolicies.computeIfAbsent(policy.element(), e -> new ArrayList<>()).add(policy);
    } else if (policy.kind() == PolicyKind.VPC_ENDPOINT_POLICY) {
      endpointPolicies.putIfAbsent(policy.element(), policy);
    }
  }

  int apisWithId(String id) {
    return apisById.getOrDefault(id, 0);
  }

  List<Api> apisWithIdIgnoringCase(String id) {
    return List.copyOf(apisByLowerCaseId.getOrDefault(id.toLowerCase(Locale.ROOT), List.of()));
  }

  int endpointsWithId(String id) {
    return endpointsById.getOrDefault(id, 0);
  }

  int rolesWithArn(String arn) {
    return rolesByArn.getOrDefault(arn, 0);
  }

  List<PolicyDocument> resourcePolicies(Api api) {
    return List.copyOf(resourcePolicies.getOrDefault(api, List.of()));
  }

  List<PolicyDocument> attachedTo(String principal) {
    return List.copyOf(byPrincipal.getOrDefault(principal, List.of()));
  }

  Optional<PolicyDocument> endpointPolicy(VpcEndpoint endpoint) {
    return Optional.ofNullable(endpointPolicies.get(endpoint.element()));
  }

  List<PolicyDocument> domainPolicies(DomainName domain) {
    return List.copyOf(domainPolicies.getOrDefault(domain.element(), List.of()));
  }
}
