package io.github.apigwlint.rules.access;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.model.PolicyKind;
import io.github.apigwlint.policy.ExecuteApiArn;
import io.github.apigwlint.policy.PolicyValue;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.rule.SyntaxNames;
import io.github.apigwlint.source.Symbols;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * HTTP and WebSocket APIs have no resource policies: a policy written for one protects nothing.
 * Cross-account callers must assume a role in the API's account instead.
 */
@RuleInfo(
    id = "http-api-resource-policy",
    title = "Resource policy written for an HTTP or WebSocket API",
    severity = Severity.ERROR,
    category = "access",
    security = true,
    tags = {"http-api", "cross-account"},
    since = "0.1.0")
public final class HttpApiResourcePolicy implements Rule {

  @Override
  public void visitPolicy(PolicyDocument policy, RuleContext context) {
    Optional<Api> target = target(policy, context);
    if (target.isEmpty()) {
      return;
    }
    Api api = target.get();
    String kind = api.protocol() == ApiProtocol.HTTP ? "HTTP APIs" : "WebSocket APIs";
    String where = policy.api() == api ? "is attached to " : "names the ARNs of ";
    context
        .report(
            "this resource policy " + where + api.name() + ", but " + kind
                + " do not support resource policies: API Gateway never evaluates it, so it neither allows nor denies anyone",
            policy.source().location(),
            Subject.policy(policy))
        .related(api.location(), "the " + api.protocol().name() + " API")
        .fix(fix(policy, api))
        .emit();
  }

  /** The HTTP or WebSocket API a policy is attached to, or whose ARNs a standalone resource policy names. */
  private static Optional<Api> target(PolicyDocument policy, RuleContext context) {
    if (policy.api() != null) {
      return policy.api().protocol() == ApiProtocol.REST ? Optional.empty() : Optional.of(policy.api());
    }
    if (policy.kind() != PolicyKind.STANDALONE_RESOURCE_POLICY) {
      return Optional.empty();
    }
    Set<String> apiIds = new LinkedHashSet<>();
    for (Statement statement : policy.policy().statements()) {
      statement.resources().stream()
          .map(PolicyValue::text)
          .map(ExecuteApiArn::parse)
          .flatMap(Optional::stream)
          .map(ExecuteApiArn::apiId)
          .forEach(apiIds::add);
    }
    return context.workspace().apis().stream()
        .filter(api -> api.protocol() != ApiProtocol.REST && apiIds.contains(api.apiId()))
        .findFirst();
  }

  private static String invokerRoleName(Api api) {
    String name = Symbols.render(api.name());
    return name.substring(name.lastIndexOf(' ') + 1) + "Invoker";
  }

  private static String fix(PolicyDocument policy, Api api) {
    String consumer =
        policy.policy().statements().stream()
            .filter(s -> s.isAllow() && s.principal() != null && !s.principal().aws().isEmpty())
            .map(s -> s.principal().aws().get(0).text())
            .findFirst()
            .orElse("arn:aws:iam::<consumer-account>:root");
    return "Remove the policy and use role assumption: (1) in the API's account create a role, e.g. "
        + invokerRoleName(api) + ", whose trust policy allows {\"AWS\": \""
        + Symbols.render(consumer) + "\"} to call sts:AssumeRole (add an sts:ExternalId or aws:PrincipalOrgID condition);"
        + " (2) give it an identity policy allowing execute-api:Invoke on " + SyntaxNames.value(api.syntax(), api.executeApiArnPrefix())
        + "/*; (3) set the routes' " + SyntaxNames.authorization(api, api.invocableMethods().get(0))
        + " to AWS_IAM; (4) callers assume the role and sign requests with SigV4.";
  }
}
