package io.github.apigwlint.rules.sam;

import io.github.apigwlint.access.summary.AccessCell;
import io.github.apigwlint.analysis.Reach;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.model.StatementOrigin;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.ConditionClause;
import io.github.apigwlint.policy.PolicyValue;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Symbols;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SAM writes the VPC blacklists of {@code Auth.ResourcePolicy} ({@code SourceVpcBlacklist},
 * {@code IntrinsicVpcBlacklist}, {@code IntrinsicVpceBlacklist}) as one Deny whose
 * {@code StringEquals} names {@code aws:SourceVpc} and {@code aws:SourceVpce} together. Keys are
 * AND-ed: a call is refused only when it comes from a listed VPC through a listed endpoint. The access summary of the generated policy shows a call the blacklist was meant to
 * refuse getting in.
 */
@RuleInfo(
    id = "sam-blacklist-needs-vpc-and-endpoint",
    title = "SAM VPC blacklist with VPCs and endpoints refuses only calls that match both",
    severity = Severity.WARNING,
    category = "sam",
    security = true,
    tags = {"sam", "private-api", "vpc-endpoint", "resource-policy"},
    since = "0.1.0")
public final class SamBlacklistNeedsVpcAndEndpoint implements Rule {

  private static final String SOURCE_VPC = "aws:SourceVpc";
  private static final String SOURCE_VPCE = "aws:SourceVpce";

  @Override
  public void visitApi(Api api, RuleContext context) {
    Optional<PolicyDocument> found = context.workspace().resourcePolicy(api);
    // On an API that is not PRIVATE the VPC keys are never present: vpc-condition-on-public-api says so.
    if (api.protocol() != ApiProtocol.REST || !api.isPrivate() || found.isEmpty() || found.get().origins().isEmpty()) {
      return;
    }
    PolicyDocument document = found.get();
    Map<Location, Statement> denies = new LinkedHashMap<>();
    for (Statement statement : document.policy().statements()) {
      Optional<StatementOrigin> origin = document.origin(statement);
      if (statement.isDeny() && origin.isPresent() && origin.get().list() == StatementOrigin.SamList.VPCS
          && origin.get().blacklist() && clause(statement, SOURCE_VPC).isPresent() && clause(statement, SOURCE_VPCE).isPresent()) {
        denies.putIfAbsent(origin.get().location(), statement);
      }
    }
    if (denies.isEmpty()) {
      return;
    }
    for (Statement deny : denies.values()) {
      StatementOrigin origin = document.origin(deny).orElseThrow();
      Set<String> vpcs = values(clause(deny, SOURCE_VPC).orElseThrow());
      Set<String> endpoints = values(clause(deny, SOURCE_VPCE).orElseThrow());
      Set<String> covered = new HashSet<>(context.analysis().coverage(document.policy(), deny, api, Caller.anonymous(),
          api.expansion()).stream().map(Method::element).toList());
      // A call from a listed VPC through an endpoint the list does not name, which the Deny lets through.
      Reach escapes = context.access(api).reach(m -> covered.contains(m.method().element()), c -> c.origin().vpc() != null
          && vpcs.contains(c.origin().vpc()) && (c.origin().vpce() == null || !endpoints.contains(c.origin().vpce()))
          && c.access().allowedWhenGateAllows());
      if (escapes.isEmpty()) {
        continue;
      }
      AccessCell escape = escapes.first().cell();
      String vpc = escape.origin().vpc();
      context.report(
              "SAM writes " + origin.display() + " of " + api.name() + " as one Deny with StringEquals on aws:SourceVpc ("
                  + String.join(", ", vpcs) + ") and aws:SourceVpce (" + String.join(", ", endpoints) + ") together; both"
                  + " must match, so it refuses only calls through a listed endpoint that lies in a listed VPC: a call from "
                  + vpc + " " + escape.origin().describe().replace(" in VPC " + vpc, "") + " gets in",
              origin.location(), Subject.policy(document).property("SAM " + origin.display()))
          .related(deny.node().location(), "the generated Deny (" + deny.label() + ")")
          .fix("Blacklist one kind per API: list only the VPC endpoints (IntrinsicVpceBlacklist) or only the VPCs"
              + " (IntrinsicVpcBlacklist); or write the refusals in Auth.ResourcePolicy.CustomStatements as two Deny"
              + " statements, one with StringEquals aws:SourceVpc and one with StringEquals aws:SourceVpce.")
          .emit();
    }
  }

  private static Optional<ConditionClause> clause(Statement statement, String key) {
    return statement.conditions().stream()
        .filter(c -> c.key() != null && key.equalsIgnoreCase(c.key().text()) && "StringEquals".equals(c.operatorName()))
        .findFirst();
  }

  private static Set<String> values(ConditionClause clause) {
    Set<String> values = new java.util.LinkedHashSet<>();
    for (PolicyValue value : clause.values()) {
      values.add(Symbols.render(value.text()));
    }
    return values;
  }
}
