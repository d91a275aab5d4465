package io.github.apigwlint.model.build;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.SamTransformError;
import io.github.apigwlint.source.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The routes SAM writes into an API's definition for the {@code Api} and {@code HttpApi} events of
 * its functions and state machines ({@code samtranslator/model/eventsources/push.py}, {@code
 * Api._add_swagger_integration}, {@code HttpApi._add_openapi_integration}; {@code
 * model/stepfunctions/events.py}, {@code Api._add_swagger_integration}). In a definition SAM generates, a second event for one
 * route fails the transform. Otherwise a route the definition has already stays one route: in an
 * HTTP API's {@code DefinitionBody} SAM adds no second integration there, but the event's {@code
 * Auth} still sets the route's authorizer; a REST API's {@code MergeDefinitions} merges the two, the
 * keys SAM generates winning ({@code Api._get_merged_definitions}): an event's {@code Auth.Authorizer}
 * sets the method's {@code security}, else the definition's stays.
 */
final class SamEventRoutes {

  private SamEventRoutes() {}

  /**
   * SAM's error for the first event whose route an earlier event of the same API surely wrote. An
   * event with other settings may fail on them, and SAM then discards the route it began to write: a
   * later event on that route may or may not be refused, and is not reported.
   */
  private static Optional<SamTransformError> routedTwice(Api api, List<SamApplication.Event> events) {
    Map<String, SamApplication.Event> writers = new HashMap<>();
    for (SamApplication.Event event : events) {
      SamApplication.Event writer = writers.putIfAbsent(event.route(), event);
      if (writer != null && writer.routeOnly()) {
        return Optional.of(definedTwice(api, event));
      }
    }
    return Optional.empty();
  }

  /**
   * Adds the events' routes to {@code api}, each route once.
   *
   * @param generated SAM generates the definition (no {@code DefinitionBody} given)
   * @param element the element of an event's route
   * @return SAM's error for the first event it refuses
   */
  static Optional<SamTransformError> addRoutes(
      Api api, List<SamApplication.Event> events, ObjectNode apiAuth, boolean generated, Function<SamApplication.Event, String> element) {
    for (SamApplication.Event event : events) {
      String verb = verb(api, event);
      Optional<Method> existing = api.methods().stream().filter(m -> routes(m, verb, event.path())).findFirst();
      if (existing.isEmpty()) {
        api.methods().add(SamApplication.method(event, verb, apiAuth, element.apply(event)));
      } else if ((event.http() && event.auth() != null) || Values.text(event.auth(), "Authorizer") != null) {
        Method route = existing.get();
        api.methods().set(api.methods().indexOf(route),
            route.withAuthorization(SamApplication.authorization(event.auth(), apiAuth, event.http()), null));
      }
    }
    return generated ? routedTwice(api, events) : Optional.empty();
  }

  /**
   * The verb of the event's route in {@code api}: the {@code $default} route has none in an HTTP API;
   * a REST API (an HttpApi event can name one with an OpenAPI 3 definition) has no such route, and the
   * catch-all SAM writes at {@code $default} is a method {@code ANY} there.
   */
  private static String verb(Api api, SamApplication.Event event) {
    return event.verb() == null && api.protocol() != ApiProtocol.HTTP ? "ANY" : event.verb();
  }

  /**
   * An event SAM does not write into the given definition still sets the authorizer of the method it
   * names there when its {@code Auth.OverrideApiAuth} is true (push.py {@code Api.to_cloudformation}
   * calls {@code add_auth_to_swagger} on the definition).
   */
  static void overrideAuth(Api api, List<SamApplication.Event> notWritten, ObjectNode apiAuth) {
    for (SamApplication.Event event : notWritten) {
      if (!event.overridesApiAuth() || Values.text(event.auth(), "Authorizer") == null) {
        continue;
      }
      api.methods().replaceAll(m -> routes(m, event.verb(), event.path())
          ? m.withAuthorization(SamApplication.authorization(event.auth(), apiAuth, event.http()), null)
          : m);
    }
  }

  private static boolean routes(Method method, String verb, String path) {
    return Objects.equals(verb, method.verb()) && path.equals(method.path());
  }

  /** SAM quotes the method and path with {@code "} for REST APIs and with {@code '} for HTTP APIs. */
  private static SamTransformError definedTwice(Api api, SamApplication.Event event) {
    String quote = event.http() ? "'" : "\"";
    String type = event.http() ? "HttpApi" : "Api";
    return new SamTransformError(
        api, event.sourceId() + ".Events." + event.name(),
        event.refusal("API method " + quote + event.samMethod() + quote + " defined multiple times for path " + quote + event.path() + quote + "."),
        "another " + type + " event of " + api.name() + " already routes " + event.route(),
        "a Path and Method that no other " + type + " event of the API uses, or one event for the route",
        event.location());
  }
}
