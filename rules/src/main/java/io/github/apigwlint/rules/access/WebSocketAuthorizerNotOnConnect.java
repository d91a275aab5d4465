package io.github.apigwlint.rules.access;

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

/** WebSocket APIs support Lambda authorizers only on the $connect route, when a client connects. */
@RuleInfo(
    id = "websocket-authorizer-not-on-connect",
    title = "Lambda authorizer on a WebSocket route other than $connect",
    severity = Severity.ERROR,
    category = "access",
    tags = {"websocket-api", "authorization"},
    since = "0.1.0")
public final class WebSocketAuthorizerNotOnConnect implements Rule {

  private static final String CONNECT = "$connect";

  @Override
  public void visitApi(Api api, RuleContext context) {
    if (api.protocol() != ApiProtocol.WEBSOCKET) {
      return;
    }
    for (Method route : api.methods()) {
      if (route.authorization() == AuthorizationType.CUSTOM && !CONNECT.equals(route.path())) {
        context
            .report("route " + route.display() + " of the WebSocket API " + api.name() + " uses a Lambda authorizer"
                    + " (CUSTOM), but API Gateway supports Lambda authorizers on WebSocket APIs only for the $connect"
                    + " route: this route's authorizer is not supported",
                route.location(), Subject.method(api, route))
            .fix("Move the authorizer to the $connect route (" + SyntaxNames.authorization(api, route) + " CUSTOM there) and"
                + " set this route's " + SyntaxNames.authorization(api, route) + " to NONE; the connection, once authorized, carries the caller's context to every route.")
            .emit();
      }
    }
  }
}
