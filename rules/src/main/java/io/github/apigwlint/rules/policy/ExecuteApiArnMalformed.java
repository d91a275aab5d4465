package io.github.apigwlint.rules.policy;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.policy.Arn;
import io.github.apigwlint.policy.ArnIssue;
import io.github.apigwlint.policy.ExecuteApiArn;
import io.github.apigwlint.policy.Glob;
import io.github.apigwlint.policy.PolicyValue;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.policy.Tri;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.source.Symbols;
import java.util.Locale;
import java.util.Optional;

/**
 * Resources of execute-api actions that never match a request ARN: management ARNs, path templates,
 * verbs that do not exist, a wildcard in the service segment.
 */
@RuleInfo(
    id = "execute-api-arn-malformed",
    title = "Resource can never match an execute-api request",
    severity = Severity.ERROR,
    severityVaries = "warning for an empty path segment or a trailing slash",
    category = "policy",
    tags = {"policy", "arn", "execute-api"},
    since = "0.1.0")
public final class ExecuteApiArnMalformed implements Rule {

  static final String FIX =
      "Write execute-api resources as arn:aws:execute-api:<region>:<account>:<api-id>/<stage>/<VERB>/<path>"
          + " with concrete path values or * (VERB upper case: GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS, or *);"
          + " inside the API's own resource policy the shorthand execute-api:/<stage>/<VERB>/<path> is enough.";
  static final String MANAGEMENT_FIX =
      "Use the execute-api ARN of the API, e.g. arn:aws:execute-api:us-east-1:111111111111:<api-id>/*"
          + " (or execute-api:/* in the API's own policy); arn:aws:apigateway:… ARNs are for apigateway:*"
          + " management actions only. In Terraform the arn attribute of aws_api_gateway_rest_api and"
          + " aws_apigatewayv2_api is that management ARN: write \"${aws_api_gateway_rest_api.<name>.execution_arn}/*\".";
  static final String TEMPLATE_FIX =
      "Replace each path template ({id}, {proxy+}) with *, e.g. execute-api:/prod/GET/orders/*: request ARNs"
          + " carry the actual path values.";

  @Override
  public void visitPolicy(PolicyDocument policy, RuleContext context) {
    Api api = policy.api();
    boolean webSocket = api != null && api.protocol() == ApiProtocol.WEBSOCKET;
    String partition = api != null && !Symbols.isSymbolic(api.partition()) ? api.partition() : null;
    for (Statement statement : policy.policy().statements()) {
      boolean invokeOnly = onlyExecuteApiActions(statement);
      for (PolicyValue resource : statement.resources()) {
        boolean executeApi = isExecuteApiResource(resource.text());
        // A symbol that is not an ARN (a GetAtt Arn joined with a path) cannot be judged.
        if (!executeApi && (!invokeOnly || Symbols.isSymbolic(resource.text()) && Arn.parse(resource.text()).isEmpty())) {
          continue;
        }
        for (ArnIssue issue : ExecuteApiArn.check(resource.text(), resource.location(), partition, policy.syntax().spelling())) {
          if (issue.kind() == ArnIssue.Kind.BAD_VERB && (webSocket || routeKey(resource.text()))) {
            continue;
          }
          report(policy, statement, resource, issue, context);
        }
      }
    }
  }

  private static void report(
      PolicyDocument policy, Statement statement, PolicyValue resource, ArnIssue issue, RuleContext context) {
    boolean warning = issue.severity() == ArnIssue.Severity.WARNING;
    String element = statement.notResource() ? "NotResource" : "Resource";
    String message =
        element + " of " + policy.owner() + ": " + issue.message()
            + (warning ? "" : "; the value never matches any request, so " + Effects.ofResourceMatchingNothing(statement));
    RuleContext.Report report =
        context
            .report(message, resource.location(), Subject.value(policy, statement, resource).property(issue.kind().toString()))
            .fix(fixFor(issue.kind()));
    if (warning) {
      report.severity(Severity.WARNING);
    }
    report.emit();
  }

  private static String fixFor(ArnIssue.Kind kind) {
    if (kind == ArnIssue.Kind.WRONG_SERVICE) {
      return MANAGEMENT_FIX;
    }
    if (kind == ArnIssue.Kind.PATH_TEMPLATE) {
      return TEMPLATE_FIX;
    }
    return FIX;
  }

  /** Shorthand, an execute-api ARN, or an ARN whose wildcard service could mean execute-api. */
  private static boolean isExecuteApiResource(String resource) {
    if (ExecuteApiArn.parse(resource).isPresent()) {
      return true;
    }
    Optional<Arn> arn = Arn.parse(resource);
    return arn.isPresent()
        && (arn.get().service().contains("*") || arn.get().service().contains("?"))
        && Glob.of(arn.get().service()).matches(ExecuteApiArn.SERVICE) == Tri.TRUE;
  }

  /** Every action is an execute-api action, so every resource must be an execute-api resource. */
  private static boolean onlyExecuteApiActions(Statement statement) {
    return !statement.notAction()
        && !statement.actions().isEmpty()
        && statement.actions().stream()
            .allMatch(a -> a.text().toLowerCase(Locale.ROOT).startsWith(ExecuteApiArn.SERVICE + ":"));
  }

  /** WebSocket route keys ({@code $connect}, {@code $default}) stand where a REST verb would. */
  private static boolean routeKey(String resource) {
    return ExecuteApiArn.parse(resource).map(a -> a.verb() != null && a.verb().startsWith("$")).orElse(false);
  }
}
