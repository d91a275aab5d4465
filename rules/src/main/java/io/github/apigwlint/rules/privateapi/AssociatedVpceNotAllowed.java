package io.github.apigwlint.rules.privateapi;

import io.github.apigwlint.access.summary.Access;
import io.github.apigwlint.access.summary.AccessCell;
import io.github.apigwlint.access.summary.MethodAccess;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.source.Symbols;
import java.util.List;
import java.util.Optional;

/**
 * A VPC endpoint associated with a private API (its alias hostname exists) that the API's own
 * resource policy lets nobody through while it lets others in: the association suggests intended
 * callers who all get 403.
 */
@RuleInfo(
    id = "associated-vpce-not-allowed",
    title = "VPC endpoint associated with a private API that its resource policy does not allow",
    severity = Severity.WARNING,
    category = "private-api",
    tags = {"private-api", "vpc-endpoint"},
    since = "0.1.0")
public final class AssociatedVpceNotAllowed implements Rule {

  @Override
  public void visitApi(Api api, RuleContext context) {
    Optional<PolicyDocument> policy = context.workspace().resourcePolicy(api);
    if (api.protocol() != ApiProtocol.REST || !api.isPrivate() || policy.isEmpty()) {
      return;
    }
    List<MethodAccess> methods = context.access(api).access().methods();
    // A policy that lets nobody in through any endpoint is a different mistake, which other rules name.
    if (methods.stream().flatMap(m -> m.cells().stream()).allMatch(c -> c.access() == Access.DENIED)) {
      return;
    }
    for (String endpoint : api.vpcEndpointIds()) {
      if (Symbols.isSymbolic(endpoint)) {
        continue;
      }
      List<AccessCell> through = methods.stream()
          .flatMap(m -> m.cells().stream())
          .filter(c -> endpoint.equals(c.origin().vpce()))
          .toList();
      if (!through.isEmpty() && through.stream().allMatch(c -> c.access() == Access.DENIED)) {
        context
            .report("VPC endpoint " + endpoint + " is associated with the private " + api.name() + ", but its resource policy"
                    + (context.access(api).hasEndpointPolicy(endpoint) ? " and the endpoint's own policy together allow" : " allows")
                    + " no call through that endpoint: every call through it, including its alias hostname, gets 403",
                through.stream().flatMap(c -> c.deciding().stream()).findFirst()
                    .map(statement -> statement.node().location())
                    .orElse(policy.get().source().location()),
                Subject.api(api).property("VpcEndpointIds " + endpoint))
            .related(api.location(), "the API and its VpcEndpointIds")
            .fix("Add \"" + endpoint + "\" to the aws:SourceVpce values of the statement that allows your endpoints, or remove"
                + " the association (VpcEndpointIds) if the endpoint should not reach this API.")
            .emit();
      }
    }
  }
}
