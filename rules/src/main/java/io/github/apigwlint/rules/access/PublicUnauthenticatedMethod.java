package io.github.apigwlint.rules.access;

import io.github.apigwlint.access.summary.Access;
import io.github.apigwlint.analysis.Reach;
import io.github.apigwlint.access.summary.CallerClass;
import io.github.apigwlint.access.summary.AccessLine;
import io.github.apigwlint.access.summary.MethodAccess;
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

/**
 * A method anyone on the internet can call without credentials: no authorization and
 * no resource policy that narrows who or where from. Often intended, hence a note, off by default.
 */
@RuleInfo(
    id = "public-unauthenticated-method",
    title = "Method is callable by anyone on the internet without authentication",
    severity = Severity.NOTE,
    category = "access",
    security = true,
    tags = {"exposure", "authorization"},
    since = "0.1.0",
    enabledByDefault = false,
    precision = "medium")
public final class PublicUnauthenticatedMethod implements Rule {

  @Override
  public void visitApi(Api api, RuleContext context) {
    if (api.isPrivate() || api.protocol() == ApiProtocol.REST && api.endpointType() == null) {
      return;
    }
    Reach open = context.access(api).reach(m -> m.authorization() == AuthorizationType.NONE && openToAll(m), cell -> true);
    for (Method method : open.methods()) {
      context.report(method.display() + " of " + api.name() + open.of(method).inStages()
              + " has no authorization and no resource policy that limits callers: anyone on the internet can call it",
              method.location(), Subject.method(api, method))
          .fix("If it should not be public, set " + SyntaxNames.authorization(api, method)
              + " to AWS_IAM, COGNITO_USER_POOLS or CUSTOM, or add a"
              + " resource policy that allows only known networks (aws:SourceIp). If it is public on purpose, suppress"
              + " the finding with the reason.")
          .emit();
    }
  }

  private static boolean openToAll(MethodAccess method) {
    return method.grants().stream().anyMatch(PublicUnauthenticatedMethod::everyoneEverywhere);
  }

  private static boolean everyoneEverywhere(AccessLine grant) {
    return grant.caller().kind() == CallerClass.Kind.ANYONE && grant.origin() == null && grant.access() == Access.ALLOWED;
  }
}
