package io.github.apigwlint.rules.access;

import io.github.apigwlint.access.ExpectedCallers;
import io.github.apigwlint.analysis.ApiAnalysis;
import io.github.apigwlint.analysis.Reach;
import io.github.apigwlint.analysis.Refusal;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.policy.Statement;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.source.Symbols;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A caller in another account is expected to invoke AWS_IAM methods of a REST API, but the API's
 * resource policy does not allow it: cross-account IAM calls need an allow on both sides (Table B),
 * so each call gets 403.
 */
@RuleInfo(
    id = "cross-account-principal-missing",
    title = "Cross-account caller is not allowed by the API's resource policy",
    severity = Severity.ERROR,
    category = "access",
    tags = {"cross-account", "iam"},
    since = "0.1.0")
public final class CrossAccountPrincipalMissing implements Rule {

  @Override
  public void visitApi(Api api, RuleContext context) {
    if (api.protocol() != ApiProtocol.REST) {
      return;
    }
    List<Method> iamMethods = api.methods().stream().filter(m -> m.authorization() == AuthorizationType.AWS_IAM).toList();
    if (iamMethods.isEmpty()) {
      return;
    }
    Optional<PolicyDocument> policy = context.workspace().resourcePolicy(api);
    for (ExpectedCallers.Expected expected : context.access(api).expectedCallers()) {
      check(api, iamMethods, policy, expected, context);
    }
  }

  private static void check(
      Api api, List<Method> iamMethods, Optional<PolicyDocument> policy, ExpectedCallers.Expected expected, RuleContext context) {
    ApiAnalysis access = context.access(api);
    List<Method> refused = new ArrayList<>();
    List<String> stages = new ArrayList<>();
    Set<Statement> denies = new LinkedHashSet<>();
    for (Method method : iamMethods) {
      Refusal refusal = access.refusal(method, expected.caller());
      if (refusal.refused()) {
        refused.add(method);
        refusal.stages().stream().filter(s -> !stages.contains(s)).forEach(stages::add);
        denies.addAll(refusal.denies());
      }
    }
    if (refused.isEmpty()) {
      return;
    }
    String who = Symbols.render(expected.principal()) + " (account " + Symbols.render(expected.caller().account()) + ")";
    String why =
        policy.isEmpty()
            ? api.name() + " has no resource policy"
            : denies.isEmpty() ? "its resource policy does not allow that caller" : "its resource policy denies that caller";
    String message =
        who + " is expected to call " + api.name() + " (" + expected.evidence() + "), but " + why + ": "
            + describe(refused) + Reach.inStages(stages, api.stages().size())
            + " get 403, since a cross-account IAM call needs an Allow in the API's resource policy as well as in the"
            + " caller's identity policy";
    RuleContext.Report report =
        context
            .report(message, policy.map(p -> p.source().location()).orElse(api.location()), Subject.api(api).property("caller " + expected.principal()))
            .related(api.location(), "the API");
    if (expected.location() != null) {
      report.related(expected.location(), "why the caller is expected");
    }
    refused.forEach(m -> report.related(m.location(), m.display() + " uses AWS_IAM"));
    denies.forEach(s -> report.related(s.node().location(), "denied by " + s.label()));
    report.fix(fix(api, access.shorthands(refused), expected, !denies.isEmpty())).emit();
  }

  private static String describe(List<Method> refused) {
    List<String> names = refused.stream().map(Method::display).limit(4).toList();
    String more = refused.size() > names.size() ? " and " + (refused.size() - names.size()) + " more" : "";
    return "calls to " + String.join(", ", names) + more;
  }

  private static String fix(Api api, List<String> resources, ExpectedCallers.Expected expected, boolean denied) {
    String statement =
        "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"" + Symbols.render(expected.principal())
            + "\"}, \"Action\": \"execute-api:Invoke\", \"Resource\": [" + String.join(", ", resources.stream().map(r -> "\"" + r + "\"").toList())
            + "]}";
    String add = "Add this statement to the resource policy of " + api.name() + " and redeploy the API:\n" + statement;
    return denied ? "Narrow the Deny statement that matches this caller, then " + Character.toLowerCase(add.charAt(0)) + add.substring(1) : add;
  }
}
