package io.github.apigwlint.model.build;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.Stage;
import io.github.apigwlint.model.Syntax;
import io.github.apigwlint.source.Location;

/**
 * Quick create of an HTTP API ({@code Target} of {@code AWS::ApiGatewayV2::Api}, {@code target} of
 * {@code aws_apigatewayv2_api}): API Gateway makes an integration, a route ({@code RouteKey}, else
 * the catch-all {@code $default}) with no authorization, and a default stage, {@code $default},
 * which deploys every change itself.
 */
final class QuickCreate {

  private static final String STAGE = "$default";
  private static final String DEFAULT_ROUTE = "$default";
  private static final String ROUTE = "/QuickCreateRoute";

  private QuickCreate() {}

  static void add(Api api, String routeKey, Location at, Syntax syntax) {
    api.methods().add(Method.route(routeKey == null ? DEFAULT_ROUTE : routeKey, AuthorizationType.NONE, at, api.element() + ROUTE, syntax));
    api.addStage(new Stage(STAGE, at, api.element() + "/Stage"));
  }

  /** Whether quick create made the route, for the overrides that replace its settings. */
  static boolean made(Api api, Method route) {
    return route.element().equals(api.element() + ROUTE);
  }
}
