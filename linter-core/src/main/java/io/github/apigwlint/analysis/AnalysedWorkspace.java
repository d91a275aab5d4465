package io.github.apigwlint.analysis;

import io.github.apigwlint.access.summary.AccessSummary;
import io.github.apigwlint.access.summary.ApiAccess;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.policy.Policy;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workspace of one variant and the access analysis of its APIs, each computed when first asked
 * for and then kept: rules and commands that ask about the same API share one analysis.
 */
public final class AnalysedWorkspace {

  private final Workspace workspace;
  /** By identity: two APIs of equal description in different files are analysed apart. */
  private final Map<Api, ApiAnalysis> apis = new IdentityHashMap<>();
  private Map<String, Policy> endpointPolicies;

  public AnalysedWorkspace(Workspace workspace) {
    this.workspace = workspace;
  }

  public Workspace workspace() {
    return workspace;
  }

  public ApiAnalysis api(Api api) {
    return apis.computeIfAbsent(api, a -> new ApiAnalysis(a, workspace, this::endpointPolicies));
  }

  /** The access of every API of the workspace, in the order the workspace holds them. */
  public List<ApiAccess> access() {
    return workspace.apis().stream().map(api -> api(api).access()).toList();
  }

  private Map<String, Policy> endpointPolicies() {
    if (endpointPolicies == null) {
      endpointPolicies = AccessSummary.endpointPolicies(workspace);
    }
    return endpointPolicies;
  }
}
