package io.github.apigwlint.model.build;

import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.CreationCondition;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.source.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the SAM transform does to the {@code security} of a definition's operations from an API's
 * {@code Auth} (samtranslator {@code SwaggerEditor.set_path_default_authorizer} for {@code
 * AWS::Serverless::Api}, {@code OpenApiEditor.set_path_default_authorizer} for {@code
 * AWS::Serverless::HttpApi}): it writes the security schemes of its authorizers into the definition
 * and puts {@code DefaultAuthorizer} on every operation with an integration that does not name
 * another of them; a REST operation opts out with the {@code NONE} marker, an HTTP one with any
 * {@code security} of its own.
 */
final class SamAuthorizers {

  /** An API SAM does not transform, or one without {@code Auth}: the definition's security stays as written. */
  static final SamAuthorizers UNTRANSFORMED = new SamAuthorizers(null, null, false, true, Map.of());

  private static final String NONE_MARKER = "NONE";

  private final ObjectNode auth;
  private final String defaultAuthorizer;
  private final boolean http;
  private final boolean toPreflight;
  /** The events SAM writes an integration for, by route ({@code VERB path}), the first of each. */
  private final Map<String, SamApplication.Event> eventRoutes;

  private SamAuthorizers(
      ObjectNode auth, String defaultAuthorizer, boolean http, boolean toPreflight, Map<String, SamApplication.Event> eventRoutes) {
    this.auth = auth;
    this.defaultAuthorizer = defaultAuthorizer;
    this.http = http;
    this.toPreflight = toPreflight;
    this.eventRoutes = eventRoutes;
  }

  /** What SAM writes for {@code auth} into a definition without events. */
  static SamAuthorizers of(ObjectNode auth, boolean http) {
    return of(auth, http, List.of());
  }

  /**
   * @param events the events SAM writes into the definition: an operation of theirs that has no
   *     integration gets one (samtranslator {@code OpenApiEditor.add_lambda_integration}), before SAM
   *     puts the default authorizer on every operation with an integration
   */
  static SamAuthorizers of(ObjectNode auth, boolean http, List<SamApplication.Event> events) {
    if (auth == null && events.isEmpty()) {
      return UNTRANSFORMED;
    }
    Map<String, SamApplication.Event> routes = new HashMap<>();
    events.forEach(event -> routes.putIfAbsent(event.route(), event));
    return new SamAuthorizers(auth, Values.text(auth, "DefaultAuthorizer"), http,
        !"false".equalsIgnoreCase(Values.text(auth, "AddDefaultAuthorizerToCorsPreflight")), routes);
  }

  /** Whether the operation has an integration once SAM has written its events into the definition. */
  boolean integrated(String verb, String path, boolean written) {
    return written || eventRoutes.containsKey(SamApplication.route(verb, path));
  }

  /**
   * The condition an operation is created under: SAM wraps one it writes an integration into in the
   * {@code Fn::If} of the event's function condition (samtranslator {@code
   * OpenApiEditor.add_lambda_integration}); any other keeps the one it is written under.
   */
  CreationCondition condition(String verb, String path, boolean written, CreationCondition asWritten) {
    SamApplication.Event event = written ? null : eventRoutes.get(SamApplication.route(verb, path));
    return event == null || event.condition() == null ? asWritten : event.condition();
  }

  /** The authorization of a scheme SAM writes into the definition, whatever the definition says of that name. */
  Optional<AuthorizationType> schemeType(String scheme) {
    if (auth == null) {
      return Optional.empty();
    }
    if (scheme.equals(NONE_MARKER)) {
      return Optional.of(AuthorizationType.NONE);
    }
    return names().contains(scheme) ? Optional.of(SamApplication.authorizerType(scheme, auth, http)) : Optional.empty();
  }

  /**
   * The method that stands for every method of a definition this run cannot read: SAM gives each
   * the default authorizer unless the definition overrides it there.
   */
  Method undeclared(Method unread) {
    if (defaultAuthorizer == null) {
      return unread;
    }
    String exempt = http || !toPreflight ? "on OPTIONS methods and " : "";
    return unread.withAuthorization(SamApplication.authorizerType(defaultAuthorizer, auth, http),
        "from SAM's DefaultAuthorizer " + defaultAuthorizer + ", except " + exempt + "where the definition overrides it");
  }

  /**
   * The authorization SAM's {@code DefaultAuthorizer} gives a method of {@code verb} that names no
   * authorizer of its own: none on OPTIONS where SAM leaves preflight alone ({@code
   * set_path_default_authorizer} skips {@code options} on every HTTP API, and on a REST API with
   * {@code AddDefaultAuthorizerToCorsPreflight: false}).
   */
  AuthorizationType defaultFor(String verb) {
    if (defaultAuthorizer == null || "OPTIONS".equals(verb) && (http || !toPreflight)) {
      return AuthorizationType.NONE;
    }
    return SamApplication.authorizerType(defaultAuthorizer, auth, http);
  }

  /**
   * The requirements of an operation after SAM's edit, each the scheme names of one requirement
   * object; {@code written} is the operation's own {@code security}, null when it has none.
   */
  List<List<String>> security(String verb, boolean integrated, List<List<String>> written) {
    boolean preflight = "OPTIONS".equals(verb);
    if (defaultAuthorizer == null || !integrated || preflight && (http || !toPreflight)) {
      return written;
    }
    if (http) {
      return written == null || written.isEmpty() ? List.of(List.of(defaultAuthorizer)) : written;
    }
    List<List<String>> others = new ArrayList<>();
    List<List<String>> authorizers = new ArrayList<>();
    for (List<String> requirement : written == null ? List.<List<String>>of() : written) {
      (requirement.stream().anyMatch(names()::contains) ? authorizers : others).add(requirement);
    }
    Optional<List<String>> optOut = others.stream().filter(r -> r.contains(NONE_MARKER)).findFirst();
    List<List<String>> edited = new ArrayList<>(others);
    if (optOut.isPresent()) {
      edited.remove(optOut.get());
    } else {
      edited.addAll(authorizers.isEmpty() ? List.of(List.of(defaultAuthorizer)) : authorizers);
    }
    // SAM leaves the security as written when its edit leaves nothing
    return edited.isEmpty() ? written : edited;
  }

  /** The names SAM reads as its authorizers: AWS_IAM and the keys of {@code Auth.Authorizers}. */
  private Set<String> names() {
    Set<String> names = new LinkedHashSet<>(Set.of("AWS_IAM"));
    Values.object(auth, "Authorizers").ifPresent(a -> names.addAll(a.entries().keySet()));
    return names;
  }
}
