package io.github.apigwlint.rules.privateapi;

import io.github.apigwlint.access.ApiRequests;
import io.github.apigwlint.access.MethodArns;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.Decision;
import io.github.apigwlint.policy.RequestContext;
import io.github.apigwlint.policy.Verdict;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.source.Symbols;
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

  /** Ids that no real policy lists: a request from them stands for "any other endpoint". */
  private static final String STRANGER_ENDPOINT = "vpce-0ffffffffffffffff";

  private static final String STRANGER_VPC = "vpc-0ffffffffffffffff";
  private static final String STRANGER_ACCOUNT = "000000000000";

  @Override
  public void visitApi(Api api, RuleContext context) {
    Optional<PolicyDocument> policy = context.workspace().resourcePolicy(api);
    if (api.protocol() != ApiProtocol.REST || !api.isPrivate() || policy.isEmpty()) {
      return;
    }
    List<Method> methods =
        api.methods().isEmpty() ? List.of(new Method("GET", "/", AuthorizationType.NONE, api.location(), api.element())) : api.methods();
    for (Method method : methods) {
      Caller caller =
          method.authorization() == AuthorizationType.AWS_IAM
              ? Caller.roleSession(STRANGER_ACCOUNT, "any-role", "session")
              : Caller.anonymous();
      RequestContext origin =
          RequestContext.forCaller(caller)
              .put("aws:SourceVpce", STRANGER_ENDPOINT)
              .put("aws:SourceVpc", STRANGER_VPC);
      Decision decision = ApiRequests.evaluate(policy.get().policy(), api, method, MethodArns.stages(api).get(0), caller, origin);
      if (decision.verdict() == Verdict.ALLOW) {
        report(api, method, policy.get(), decision, context);
        return;
      }
    }
  }

  private static void report(Api api, Method method, PolicyDocument policy, Decision decision, RuleContext context) {
    var allow = decision.deciding().isEmpty() ? null : decision.deciding().get(0);
    List<String> ids = api.vpcEndpointIds().isEmpty() ? List.of("vpce-0123456789abcdef0") : api.vpcEndpointIds();
    String endpoints = ids.stream().map(id -> "\"" + Symbols.render(id) + "\"").collect(Collectors.joining(", "));
    RuleContext.Report report =
        context.report(
            "the resource policy of the PRIVATE " + api.name() + " lets " + method.display()
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
