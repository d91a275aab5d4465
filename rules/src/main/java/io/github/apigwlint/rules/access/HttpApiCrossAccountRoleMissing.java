package io.github.apigwlint.rules.access;

import io.github.apigwlint.access.ExpectedCallers;
import io.github.apigwlint.access.RoleChains;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.rule.Rule;
import io.github.apigwlint.rule.RuleContext;
import io.github.apigwlint.rule.RuleInfo;
import io.github.apigwlint.rule.Severity;
import io.github.apigwlint.rule.Subject;
import io.github.apigwlint.rule.SyntaxNames;
import io.github.apigwlint.source.Symbols;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * HTTP APIs have no resource policy: a caller in another account reaches AWS_IAM routes only by
 * assuming a role of the API's account that trusts it and may invoke the routes. Reported when the
 * workspace holds no such role for an expected caller.
 */
@RuleInfo(
    id = "http-api-cross-account-role-missing",
    title = "No role lets a cross-account caller invoke the HTTP API",
    severity = Severity.ERROR,
    category = "access",
    tags = {"cross-account", "iam", "http-api"},
    since = "0.2.0")
public final class HttpApiCrossAccountRoleMissing implements Rule {

  @Override
  public void visitApi(Api api, RuleContext context) {
    if (api.protocol() != ApiProtocol.HTTP) {
      return;
    }
    List<Method> routes = api.methods().stream().filter(m -> m.authorization() == AuthorizationType.AWS_IAM).toList();
    if (routes.isEmpty()) {
      return;
    }
    for (ExpectedCallers.Expected expected : context.access(api).expectedCallers()) {
      List<RoleChains.Link> links = RoleChains.of(api, routes, expected.caller(), context.workspace());
      if (links.stream().noneMatch(RoleChains.Link::complete)) {
        report(api, routes, expected, links, context);
      }
    }
  }

  private static void report(
      Api api, List<Method> routes, ExpectedCallers.Expected expected, List<RoleChains.Link> links, RuleContext context) {
    String who = Symbols.render(expected.principal());
    Optional<RoleChains.Link> trusting = links.stream().filter(RoleChains.Link::trustsCaller).findFirst();
    Optional<RoleChains.Link> permitted = links.stream().filter(l -> l.refusedRoutes().isEmpty()).findFirst();
    String invoke = "execute-api:Invoke on " + context.access(api).stages().stream()
        .map(stage -> SyntaxNames.value(api.syntax(), api.executeApiArnPrefix()) + "/" + (Symbols.isSymbolic(stage) ? "*" : stage) + "/*/*")
        .collect(Collectors.joining(", "));
    String assume = "sts:AssumeRole for " + who;
    String fix;
    String why;
    if (trusting.isPresent()) {
      why = trusting.get().role().name() + " trusts the caller but may not invoke " + describe(trusting.get().refusedRoutes());
      fix = "Allow " + invoke + " in an identity policy of " + trusting.get().role().name() + ".";
    } else if (permitted.isPresent()) {
      why = permitted.get().role().name() + " may invoke the routes but its trust policy does not allow the caller";
      fix = "Allow " + assume + " in the trust policy of " + permitted.get().role().name()
          + " (with an sts:ExternalId or aws:PrincipalOrgID condition).";
    } else {
      why = "no role of account " + SyntaxNames.value(api.syntax(), api.account()) + " both trusts the caller and may invoke the routes";
      fix = "Create a role in account " + SyntaxNames.value(api.syntax(), api.account()) + " (for example " + nameOf(api)
          + "-invoker) whose trust policy allows " + assume + " and whose identity policy allows " + invoke
          + "; the caller assumes it and signs its requests with the role's credentials.";
    }
    RuleContext.Report report =
        context
            .report(
                who + " is expected to call the AWS_IAM routes of " + api.name() + " (" + expected.evidence()
                    + "), but " + why + ": HTTP APIs have no resource policy, so a caller in another account needs a"
                    + " role of the API's account to assume, and its calls get 403",
                api.location(),
                Subject.api(api).property("caller " + expected.principal()))
            .fix(fix);
    if (expected.location() != null) {
      report.related(expected.location(), "why the caller is expected");
    }
    links.forEach(l -> report.related(l.role().location(), l.role().name() + " of the API's account"));
    report.emit();
  }

  private static String nameOf(Api api) {
    String name = api.element().substring(api.element().lastIndexOf('#') + 1);
    return name.replaceAll("[^A-Za-z0-9-]", "-").toLowerCase(java.util.Locale.ROOT);
  }

  private static String describe(List<Method> refused) {
    List<String> names = refused.stream().map(Method::display).limit(4).toList();
    return String.join(", ", names) + (refused.size() > names.size() ? " and " + (refused.size() - names.size()) + " more" : "");
  }
}
