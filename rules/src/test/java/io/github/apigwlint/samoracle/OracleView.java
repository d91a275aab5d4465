package io.github.apigwlint.samoracle;

import io.github.apigwlint.access.summary.AccessLine;
import io.github.apigwlint.access.summary.ApiAccess;
import io.github.apigwlint.access.summary.MethodAccess;
import io.github.apigwlint.analysis.AnalysedWorkspace;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiMapping;
import io.github.apigwlint.model.DomainName;
import io.github.apigwlint.model.Stage;
import io.github.apigwlint.model.Workspace;
import io.github.apigwlint.source.Symbols;
import java.util.List;
import java.util.TreeSet;

/**
 * What a workspace says about who can call what, as sorted lines that do not depend on the file it
 * was read from: APIs with protocol, endpoint type and VPC endpoint ids, stages, methods and routes
 * with their authorization, custom domains and mappings, and the access decision per stage, method
 * and caller class. A SAM input and the CloudFormation SAM generates from it must give the same lines.
 */
record OracleView(List<String> lines) {

  static final String ANY_STAGE = "*";

  static OracleView of(Workspace workspace, boolean withStages) {
    TreeSet<String> lines = new TreeSet<>();
    AnalysedWorkspace analysed = new AnalysedWorkspace(workspace);
    for (ApiAccess access : analysed.access()) {
      Api api = access.api();
      String id = logicalId(api.element());
      lines.add("api " + id + " " + api.protocol() + " " + api.endpointType() + " vpce=" + new TreeSet<>(api.vpcEndpointIds().stream().map(Symbols::render).toList())
          + (api.condition() == null ? "" : " if " + api.condition().name()) + " default-endpoint-disabled=" + api.defaultEndpointDisabled());
      lines.add("api " + id + " resource-policy " + (access.policy() != null));
      if (withStages) {
        for (Stage stage : api.stages()) {
          lines.add("stage " + id + " " + Symbols.render(stage.name()));
        }
      }
      for (MethodAccess method : access.methods()) {
        String where = id + " " + (withStages ? Symbols.render(String.valueOf(method.stage())) : ANY_STAGE) + " " + method.method().display();
        lines.add("method " + where + " " + method.authorization() + " api-key=" + method.method().apiKeyRequired()
            + (method.method().condition() == null ? "" : " if " + method.method().condition().name()));
        for (AccessLine line : method.lines()) {
          lines.add("access " + where + " " + line.caller().kind() + (line.caller().value() == null ? "" : ":" + Symbols.render(line.caller().value()))
              + (line.origin() == null ? "" : " via " + line.origin().describe()) + " " + line.access());
        }
      }
    }
    for (DomainName domain : workspace.domains()) {
      lines.add("domain " + Symbols.render(domain.name()) + " " + domain.kind() + " " + domain.endpointType() + " mtls=" + domain.mutualTls());
    }
    for (ApiMapping mapping : workspace.mappings()) {
      lines.add("mapping " + (mapping.domain() == null ? "?" : Symbols.render(mapping.domain().name())) + " " + mapping.kind() + " /"
          + (mapping.basePath() == null ? "" : Symbols.render(mapping.basePath())) + " -> " + (mapping.api() == null ? "?" : logicalId(mapping.api().element())));
    }
    return new OracleView(List.copyOf(lines));
  }

  /** {@code file#LogicalId} without the file. */
  static String logicalId(String element) {
    int hash = element.indexOf('#');
    return hash < 0 ? element : element.substring(hash + 1);
  }
}
