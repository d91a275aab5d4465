package io.github.apigwlint.rules.privateapi;

import io.github.apigwlint.analysis.Reach;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.rule.SyntaxNames;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A private API's resource policy that lets a request in through an endpoint nobody listed: any
 * execute-api interface endpoint, in any account, can then reach the API.
 */
@RuleInfo(
    id = "private-api-open-to-any-vpce",
    title = "Private API allows calls through any VPC endpoint",
    severity = Severity.WARNING,
    category = "private-api",
    security = true,
    tags = {"private-api", "vpc-endpoint"},
    since = "0.1.0")
public final class PrivateApiOpenToAnyVpce implements Rule {

  @Override
  public void visitApi(Api api, RuleContext context) {
    Optional<PolicyDocument> policy = context.workspace().resourcePolicy(api);
    if (api.protocol() != ApiProtocol.REST || !api.isPrivate() || policy.isEmpty()) {
      return;
    }
    Reach open = context.access(api).throughUnlistedEndpoint();
    if (!open.isEmpty()) {
      report(api, open, policy.get(), context);
    }
  }

  private static void report(Api api, Reach open, PolicyDocument policy, RuleContext context) {
    var allow = open.first().cell().deciding().stream().filter(Statement::isAllow).findFirst().orElse(null);
    List<String> ids = api.vpcEndpointIds().isEmpty() ? List.of("vpce-0123456789abcdef0") : api.vpcEndpointIds();
    String endpoints = ids.stream().map(id -> "\"" + SyntaxNames.value(api.syntax(), id) + "\"").collect(Collectors.joining(", "));
    RuleContext.Report report =
        context.report(
            "the resource policy of the PRIVATE " + api.name() + " lets " + Method.display(open.methods()) + open.inStages()
                + " be called through any VPC endpoint: no aws:SourceVpce or aws:SourceVpc condition limits "
                + (allow == null ? "its allows" : allow.label())
                + ", so an execute-api endpoint in any AWS account can reach the API",
            allow == null ? policy.source().location() : allow.node().location(),
            Subject.api(api));
    report
        .related(api.location(), "the private API")
        .fix(
            "Add a statement that denies every other endpoint: {\"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\":"
                + " \"execute-api:Invoke\", \"Resource\": \"execute-api:/*\", \"Condition\": {\"StringNotEquals\":"
                + " {\"aws:SourceVpce\": [" + endpoints + "]}}}")
        .emit();
  }
}
