package io.github.apigwlint.model.build;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.SamTransformError;
import io.github.apigwlint.source.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The routes SAM writes into an HTTP API's definition for the {@code HttpApi} events of its
 * functions ({@code samtranslator/model/eventsources/push.py}, {@code HttpApi._add_openapi_integration}).
 * A route the definition has already stays one route: SAM adds no second integration there, but the
 * event's {@code Auth} still sets the route's authorizer. In a definition SAM generates, a second
 * event for one route fails the transform.
 */
final class SamHttpApiEvents {

  private SamHttpApiEvents() {}

  /**
   * Adds the events' routes to {@code api}.
   *
   * @param generated SAM generates the definition (no {@code DefinitionBody} given)
   * @param element the element of an event's route
   * @return SAM's error for the first event it refuses
   */
  static Optional<SamTransformError> addRoutes(
      Api api, List<SamApplication.Event> events, ObjectNode apiAuth, boolean generated, Function<SamApplication.Event, String> element) {
    for (SamApplication.Event event : events) {
      Optional<Method> existing = api.methods().stream()
          .filter(m -> event.verb().equals(m.verb()) && event.path().equals(m.path()))
          .findFirst();
      if (existing.isEmpty()) {
        api.methods().add(SamApplication.method(event, apiAuth, element.apply(event)));
      } else if (generated) {
        return Optional.of(definedTwice(api, event));
      } else if (event.auth() != null) {
        Method route = existing.get();
        api.methods().set(api.methods().indexOf(route), new Method(
            route.verb(), route.path(), SamApplication.authorization(event.auth(), apiAuth, true), route.location(),
            route.element(), route.syntax()));
      }
    }
    return Optional.empty();
  }

  private static SamTransformError definedTwice(Api api, SamApplication.Event event) {
    String setting = event.functionId() + ".Events." + event.name();
    return new SamTransformError(
        api, setting,
        "Resource with id [" + event.functionId() + "] is invalid. Event with id [" + event.name() + "] is invalid. API method '"
            + event.samMethod() + "' defined multiple times for path '" + event.path() + "'.",
        "another HttpApi event of " + api.name() + " already routes " + event.verb() + " " + event.path(),
        "a Path and Method that no other HttpApi event of the API uses, or one event for the route",
        event.location());
  }
}
