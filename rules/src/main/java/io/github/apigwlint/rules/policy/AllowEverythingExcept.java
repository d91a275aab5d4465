package io.github.apigwlint.rules.policy;

import io.github.apigwlint.access.Callers;
import io.github.apigwlint.access.StatementCoverage;
import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.PolicyDocument;
import io.github.apigwlint.policy.Caller;
import io.github.apigwlint.policy.ExecuteApiActions;
import io.github.apigwlint.policy.PolicyValue;
import io.github.apigwlint.policy.Statement;
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
 * An Allow with NotAction or NotResource in an API resource policy: it grants
 * everything except what it names, and "everything" is usually more than the author had in mind.
 */
@RuleInfo(
    id = "allow-everything-except",
    title = "Allow with NotAction or NotResource in an API resource policy grants everything not listed",
    severity = Severity.WARNING,
    category = "policy",
    security = true,
    tags = {"policy", "not-action", "not-resource", "over-broad"},
    since = "0.1.0")
public final class AllowEverythingExcept implements Rule {

  @Override
  public void visitPolicy(PolicyDocument document, RuleContext context) {
    if (!document.isApiResourcePolicy()) {
      return;
    }
    for (Statement statement : document.policy().statements()) {
      if (!statement.isAllow() || statement.broken() || !statement.notAction() && !statement.notResource()
          || statement.actions().isEmpty() || statement.resources().isEmpty()) {
        continue;
      }
      List<String> granted = statement.notAction() ? grantedActions(statement) : invokeIfNamed(statement);
      if (granted.isEmpty()) {
        continue; // it excludes every API action, or its actions are unknown: it grants nothing here
      }
      String grant = statement.notAction()
          ? "every action except " + listed(document, statement.actions()) + ", which here is " + String.join(" and ", granted)
          : String.join(" and ", granted);
      if (statement.notResource()) {
        grant += (statement.notAction() ? "," : "") + " on every resource except " + listed(document, statement.resources())
            + coveredMethods(document, statement).map(m -> " (here " + m + ")").orElse("");
      }
      PolicyValue first = statement.notAction() ? statement.actions().get(0) : statement.resources().get(0);
      context.report(
              statement.label() + " of the resource policy of " + document.owner() + " is an Allow with "
                  + (statement.notAction() && statement.notResource() ? "NotAction and NotResource"
                      : statement.notAction() ? "NotAction" : "NotResource")
                  + ": it grants " + principals(document, statement) + " " + grant
                  + (statement.notResource() ? ", and every method added to the API later"
                      : ", and any execute-api action added later"),
              first.location(), Subject.statement(document, statement))
          .fix("Name what is granted: \"Action\": \"execute-api:Invoke\" and \"Resource\": [\"execute-api:/STAGE/VERB/path\", …];"
              + " to keep something out, add a Deny for it rather than an Allow of everything else.")
          .emit();
    }
  }

  /** The API actions a NotAction Allow grants: those none of its patterns names for certain. */
  private static List<String> grantedActions(Statement statement) {
    if (statement.actions().stream().anyMatch(a -> Symbols.hasOpaque(a.text()))) {
      return List.of();
    }
    List<String> excluded = statement.actions().stream()
        .flatMap(a -> ExecuteApiActions.matchedBy(a.text()).stream())
        .toList();
    return ExecuteApiActions.ALL.stream().filter(a -> !excluded.contains(a)).toList();
  }

  /** The API actions a NotResource Allow with ordinary actions grants. */
  private static List<String> invokeIfNamed(Statement statement) {
    return statement.actions().stream()
        .flatMap(a -> ExecuteApiActions.matchedBy(a.text()).stream())
        .distinct()
        .toList();
  }

  /** The methods of the API the statement reaches, for a NotResource Allow on an API of the workspace. */
  private static Optional<String> coveredMethods(PolicyDocument document, Statement statement) {
    Api api = document.api();
    if (api == null || api.methods().isEmpty() || statement.principal() == null) {
      return Optional.empty();
    }
    Optional<Caller> caller = statement.principal().wildcard()
        ? Optional.of(Caller.anonymous())
        : statement.principal().aws().stream().map(p -> Callers.parse(p.text())).flatMap(Optional::stream).findFirst();
    List<Method> covered = caller
        .map(c -> StatementCoverage.methods(document.policy(), statement, api, c, api.expansion()))
        .orElse(List.of());
    return covered.isEmpty() ? Optional.empty() : Optional.of(Method.display(covered) + " of " + api.name());
  }

  private static String principals(PolicyDocument document, Statement statement) {
    if (statement.principal() == null) {
      return "its principals";
    }
    if (statement.notPrincipal()) {
      return "everyone not named in NotPrincipal";
    }
    if (statement.principal().wildcard()) {
      return "everyone";
    }
    return statement.principal().aws().isEmpty() ? "its principals" : listed(document, statement.principal().aws());
  }

  private static String listed(PolicyDocument document, List<PolicyValue> values) {
    return values.stream().map(v -> SyntaxNames.value(document.syntax(), v.text())).collect(Collectors.joining(", "));
  }
}
