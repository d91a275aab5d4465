package io.github.apigwlint.model.build;

import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.Flag;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.Syntax;
import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.Symbols;
import io.github.apigwlint.source.cfn.TemplateResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the SAM transform reads besides the API resources themselves (reference §8.2): the {@code
 * Globals} section merged into each serverless resource, and the {@code Api}/{@code HttpApi} events
 * of functions, which add methods (and per-event auth) to an explicit API or to the implicit {@code
 * ServerlessRestApi}/{@code ServerlessHttpApi}.
 */
final class SamApplication {

  static final String IMPLICIT_REST_API = "ServerlessRestApi";
  static final String IMPLICIT_HTTP_API = "ServerlessHttpApi";
  private static final String ANY_METHOD = "x-amazon-apigateway-any-method";
  private static final Set<String> ROUTE_PROPERTIES = Set.of("Path", "Method", "RestApiId", "ApiId");

  /**
   * One function event that routes to an API.
   *
   * @param http an {@code HttpApi} event (else {@code Api})
   * @param apiId logical id of the API it targets (the implicit API when the event names none), or
   *     null when the reference cannot be followed
   * @param verb upper-case verb, {@code ANY} for SAM's {@code any}
   * @param samMethod the method as SAM's messages name it: lower case as written, {@code
   *     x-amazon-apigateway-any-method} where SAM fills it in
   * @param auth the event's {@code Auth}, or null
   * @param routeOnly its properties name only the API, path and method: nothing else SAM could refuse
   *     after it starts writing the route (which it then discards)
   */
  record Event(
      String functionId, String name, boolean http, String apiId, String verb, String samMethod, String path, ObjectNode auth,
      boolean routeOnly, Location location) {}

  private final ObjectNode template;
  private final ObjectNode globals;
  private final List<Event> events = new ArrayList<>();

  SamApplication(ObjectNode template, TemplateResolver resolver) {
    this.template = template;
    Node resolvedGlobals = template.get("Globals") == null ? null : resolver.resolve(template.get("Globals"));
    this.globals = resolvedGlobals instanceof ObjectNode o ? o : null;
  }

  /**
   * The {@code Auth.ResourcePolicy} blocks of an API as written, before any intrinsic is resolved, in
   * the order SAM merges them: the {@code Globals} one first, then the API's own.
   */
  List<ObjectNode> writtenResourcePolicies(String apiId) {
    return Stream.of(
            Values.objectAt(template, "Globals", "Api", "Auth", "ResourcePolicy"),
            Values.objectAt(template, "Resources", apiId, "Properties", "Auth", "ResourcePolicy"))
        .flatMap(Optional::stream)
        .toList();
  }

  /** The {@code Auth.ResourcePolicy} block of a function event as written. */
  Optional<ObjectNode> writtenResourcePolicy(Event event) {
    return Values.objectAt(template, "Resources", event.functionId(), "Properties", "Events", event.name(), "Properties", "Auth", "ResourcePolicy");
  }

  /** The resource's properties with the {@code Globals} section of its kind merged in. */
  ObjectNode withGlobals(String type, ObjectNode properties) {
    String section =
        switch (type) {
          case "AWS::Serverless::Api" -> "Api";
          case "AWS::Serverless::HttpApi" -> "HttpApi";
          case "AWS::Serverless::Function" -> "Function";
          default -> null;
        };
    Optional<ObjectNode> global = section == null ? Optional.empty() : Values.object(globals, section);
    return global.map(g -> merge(g, properties)).orElse(properties);
  }

  /** The {@code Globals} of a kind as the properties of an implicit API, or an empty object at {@code at}. */
  ObjectNode implicitProperties(String type, Location at, String pointer) {
    return withGlobals(type, new ObjectNode(at, pointer));
  }

  /** SAM merges maps key by key, appends lists and lets the resource's scalars win. */
  private static ObjectNode merge(ObjectNode global, ObjectNode local) {
    ObjectNode merged = new ObjectNode(local.location(), local.path());
    for (var entry : global.entries().entrySet()) {
      Node mine = local.get(entry.getKey());
      Node value = entry.getValue();
      if (mine == null) {
        merged.put(global.key(entry.getKey()), value);
      } else if (mine instanceof ObjectNode m && value instanceof ObjectNode g) {
        merged.put(local.key(entry.getKey()), merge(g, m));
      } else if (mine instanceof ArrayNode m && value instanceof ArrayNode g) {
        ArrayNode both = new ArrayNode(m.location(), m.path());
        g.items().forEach(both::add);
        m.items().forEach(both::add);
        merged.put(local.key(entry.getKey()), both);
      } else {
        merged.put(local.key(entry.getKey()), mine);
      }
    }
    for (var entry : local.entries().entrySet()) {
      if (!global.has(entry.getKey())) {
        merged.put(local.key(entry.getKey()), entry.getValue());
      }
    }
    return merged;
  }

  /** Reads the API events of one function (its properties already resolved and merged). */
  void readFunction(String functionId, ObjectNode properties) {
    Optional<ObjectNode> declared = Values.object(properties, "Events");
    if (declared.isEmpty()) {
      return;
    }
    for (var entry : declared.get().entries().entrySet()) {
      Optional<ObjectNode> event = Values.object(entry.getValue());
      String type = event.map(e -> Values.text(e, "Type")).orElse(null);
      if (!"Api".equals(type) && !"HttpApi".equals(type)) {
        continue;
      }
      boolean http = type.equals("HttpApi");
      ObjectNode props = event.flatMap(e -> Values.object(e, "Properties")).orElse(null);
      String apiId = apiLogicalId(functionId, entry.getKey(), http);
      String method = props == null ? null : Values.text(props, "Method");
      String path = props == null ? null : Values.text(props, "Path");
      // SAM's implicit HTTP API plugin routes an HttpApi event with neither to $default, any method
      if (http && method == null && path == null) {
        method = ANY_METHOD;
        path = "$default";
      }
      if (method == null || path == null) {
        continue;
      }
      String verb = method.equalsIgnoreCase("any") || method.equalsIgnoreCase(ANY_METHOD)
          ? "ANY"
          : Method.verb(method);
      ObjectNode auth = props == null ? null : Values.object(props, "Auth").orElse(null);
      events.add(new Event(
          functionId, entry.getKey(), http, apiId, verb, method.toLowerCase(Locale.ROOT), path, auth,
          props == null || ROUTE_PROPERTIES.containsAll(props.entries().keySet()), declared.get().key(entry.getKey()).location()));
    }
  }

  List<Event> eventsOf(String apiId, boolean http) {
    return events.stream().filter(e -> e.http() == http && apiId.equals(e.apiId())).toList();
  }

  boolean usesImplicit(boolean http) {
    String id = http ? IMPLICIT_HTTP_API : IMPLICIT_REST_API;
    return events.stream().anyMatch(e -> e.http() == http && id.equals(e.apiId()));
  }

  /**
   * The method or route an event writes into its API's definition. An event's {@code
   * Auth.ApiKeyRequired} overrides the API's, false included (SAM's {@code api_key_false} marker).
   */
  static Method method(Event event, ObjectNode apiAuth, String element) {
    boolean noApiKey = event.http() || "OPTIONS".equals(event.verb()) && preflightWithoutApiKey(apiAuth);
    return new Method(
        event.verb(), event.path(), authorization(event.auth(), apiAuth, event.http()), event.location(), element, Syntax.SAM,
        noApiKey ? Flag.OFF : Flag.first(Values.text(event.auth(), "ApiKeyRequired"), Values.text(apiAuth, "ApiKeyRequired")),
        null, null);
  }

  /** With {@code AddApiKeyRequiredToCorsPreflight: false} SAM takes the API key requirement off every OPTIONS method. */
  static boolean preflightWithoutApiKey(ObjectNode auth) {
    return Flag.of(Values.text(auth, "ApiKeyRequired")) != Flag.OFF
        && "false".equalsIgnoreCase(Values.text(auth, "AddApiKeyRequiredToCorsPreflight"));
  }

  /**
   * The authorization SAM gives a method: the event's {@code Auth.Authorizer}, else the API's {@code
   * Auth.DefaultAuthorizer}, else none. Named authorizers are looked up in {@code Auth.Authorizers}.
   */
  static AuthorizationType authorization(ObjectNode eventAuth, ObjectNode apiAuth, boolean http) {
    String name = eventAuth == null ? null : Values.text(eventAuth, "Authorizer");
    if (name == null && apiAuth != null) {
      name = Values.text(apiAuth, "DefaultAuthorizer");
    }
    return name == null ? AuthorizationType.NONE : authorizerType(name, apiAuth);
  }

  /**
   * The authorization of the authorizer SAM knows by {@code name}: AWS_IAM, NONE, or one of {@code
   * Auth.Authorizers}, which SAM makes a Lambda authorizer unless it names a user pool or a JWT
   * configuration, with or without {@code FunctionArn} (samtranslator {@code
   * ApiGatewayAuthorizer._get_type}, {@code ApiGatewayV2Authorizer._get_auth_type}).
   */
  static AuthorizationType authorizerType(String name, ObjectNode apiAuth) {
    if (Symbols.isSymbolic(name)) {
      return AuthorizationType.UNKNOWN;
    }
    if (name.equals("AWS_IAM") || name.equals("NONE")) {
      return AuthorizationType.parse(name);
    }
    Optional<ObjectNode> authorizer = Values.object(apiAuth, "Authorizers").flatMap(a -> Values.object(a, name));
    if (authorizer.isEmpty()) {
      return AuthorizationType.UNKNOWN;
    }
    if (authorizer.get().has("UserPoolArn")) {
      return AuthorizationType.COGNITO_USER_POOLS;
    }
    if (authorizer.get().has("JwtConfiguration")) {
      return AuthorizationType.JWT;
    }
    return AuthorizationType.CUSTOM;
  }

  /**
   * The logical id of the API an event names, as written: SAM takes the target of a {@code Ref} or a
   * plain string as it is (samtranslator {@code Api.get_rest_api_id_string}, {@code
   * HttpApi.resources_to_link}), and the implicit API when the event names none. Any other value SAM
   * refuses; the event then reaches no API here (null).
   */
  private String apiLogicalId(String functionId, String eventName, boolean http) {
    String property = http ? "ApiId" : "RestApiId";
    Node written = Values.objectAt(template, "Resources", functionId, "Properties", "Events", eventName, "Properties")
        .map(p -> p.get(property))
        .orElse(null);
    if (written == null) {
      return http ? IMPLICIT_HTTP_API : IMPLICIT_REST_API;
    }
    Node target = written instanceof ObjectNode ref && ref.entries().size() == 1 ? ref.get("Ref") : written;
    return Values.text(target);
  }
}
