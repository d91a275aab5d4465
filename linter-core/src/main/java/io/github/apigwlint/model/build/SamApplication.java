package io.github.apigwlint.model.build;

import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.CreationCondition;
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
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the SAM transform reads besides the API resources themselves (reference §8.2): the {@code
 * Globals} section merged into each serverless resource, and the {@code Api}/{@code HttpApi} events
 * of functions and the {@code Api} events of state machines, which add methods (and per-event auth)
 * to an explicit API or to the implicit {@code ServerlessRestApi}/{@code ServerlessHttpApi}.
 */
final class SamApplication {

  static final String IMPLICIT_REST_API = "ServerlessRestApi";
  static final String IMPLICIT_HTTP_API = "ServerlessHttpApi";
  private static final String ANY_METHOD = "x-amazon-apigateway-any-method";
  private static final String DEFAULT_ROUTE = "$default";
  private static final Set<String> ROUTE_PROPERTIES = Set.of("Path", "Method", "RestApiId", "ApiId");

  /**
   * One event of a function or state machine that routes to an API.
   *
   * @param sourceId logical id of the function or state machine
   * @param http an {@code HttpApi} event (else {@code Api})
   * @param apiId logical id of the API it targets (the implicit API when the event names none), or
   *     null when the reference cannot be followed
   * @param verb upper-case verb, {@code ANY} for SAM's {@code any}, null for the {@code $default} route
   * @param samMethod the method as SAM's messages name it: lower case as written, {@code
   *     x-amazon-apigateway-any-method} where SAM fills it in
   * @param auth the event's {@code Auth}, or null
   * @param routeOnly its properties name only the API, path and method: nothing else SAM could refuse
   *     after it starts writing the route (which it then discards)
   * @param condition the {@code Condition} of the event's resource, or null
   * @param stage the stage a state machine's event names in the statements of its {@code
   *     Auth.ResourcePolicy}: its {@code Stage}, which nothing else fills in (stepfunctions/events.py
   *     passes {@code self.Stage}; SAM writes {@code null} into the {@code Fn::Sub} when it is not
   *     given, and what the stack then gets is not known here); null for a function's event, whose
   *     statements name the API's stage (push.py {@code _get_permissions})
   */
  record Event(
      Source source, String sourceId, String name, boolean http, String apiId, String verb, String samMethod, String path,
      ObjectNode auth, boolean routeOnly, CreationCondition condition, String stage, Location location) {

    String route() {
      return SamApplication.route(verb, path);
    }

    /** The stage the statements of the event's {@code Auth.ResourcePolicy} name, on an API whose stage is {@code apiStage}. */
    String policyStage(String apiStage) {
      return stage == null ? apiStage : stage;
    }

    /**
     * A function's event is also written into a given definition with {@code MergeDefinitions}
     * (push.py {@code Api.to_cloudformation}); a state machine's only into the one SAM generates
     * (stepfunctions/events.py {@code Api.to_cloudformation}, {@code __MANAGE_SWAGGER}).
     */
    boolean mergesIntoGivenDefinition() {
      return source == Source.FUNCTION;
    }

    /** {@code Auth.OverrideApiAuth} applies the event's auth to a given definition; only a function's event reads it (push.py). */
    boolean overridesApiAuth() {
      return source == Source.FUNCTION && "true".equalsIgnoreCase(Values.text(auth, "OverrideApiAuth"));
    }

    /**
     * SAM's message for an event it refuses: a function wraps the event's error in its own
     * (sam_resources.py {@code SamFunction}), a state machine's event error reaches the document as it
     * is (stepfunctions/generators.py {@code _generate_event_resources}).
     */
    String refusal(String message) {
      String event = "Event with id [" + name + "] is invalid. " + message;
      return source == Source.FUNCTION ? "Resource with id [" + sourceId + "] is invalid. " + event : event;
    }
  }

  /**
   * The resources whose events route to APIs, in the order SAM translates them: every function before
   * every state machine (translator.py {@code _get_resources_to_iterate}).
   */
  enum Source {
    FUNCTION("AWS::Serverless::Function", Set.of("Api", "HttpApi")),
    STATE_MACHINE("AWS::Serverless::StateMachine", Set.of("Api"));

    private final String type;
    private final Set<String> eventTypes;

    Source(String type, Set<String> eventTypes) {
      this.type = type;
      this.eventTypes = eventTypes;
    }

    static Optional<Source> of(String type) {
      return Stream.of(values()).filter(s -> s.type.equals(type)).findFirst();
    }
  }

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

  /**
   * The {@code Cors} of a REST API as written, the API's settings over the {@code Globals} ones: SAM
   * reads it without putting in parameter values ({@code SamApi.to_cloudformation} resolves only {@code
   * Auth}, {@code Domain} and {@code BinaryMediaTypes}).
   */
  Optional<Node> writtenCors(String apiId) {
    Node global = Values.objectAt(template, "Globals", "Api").map(api -> api.get("Cors")).orElse(null);
    Node own = Values.objectAt(template, "Resources", apiId, "Properties").map(props -> props.get("Cors")).orElse(null);
    if (global instanceof ObjectNode g && own instanceof ObjectNode o && !intrinsic(g) && !intrinsic(o)) {
      return Optional.of(merge(g, o));
    }
    return Optional.ofNullable(own != null ? own : global);
  }

  /** SAM's {@code is_intrinsic}: a map of one key, {@code Ref} or a {@code Fn::} function; its Globals merge keeps the API's own value. */
  static boolean intrinsic(ObjectNode value) {
    return value.entries().size() == 1
        && value.entries().keySet().stream().allMatch(key -> key.equals("Ref") || key.startsWith("Fn::"));
  }

  /** The {@code Auth.ResourcePolicy} block of a function event as written. */
  Optional<ObjectNode> writtenResourcePolicy(Event event) {
    return Values.objectAt(template, "Resources", event.sourceId(), "Properties", "Events", event.name(), "Properties", "Auth", "ResourcePolicy");
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

  /**
   * Reads the API events of one function or state machine (its properties already resolved and
   * merged), created under {@code condition} (null for none).
   */
  void readEvents(Source source, String sourceId, CreationCondition condition, ObjectNode properties) {
    Optional<ObjectNode> declared = Values.object(properties, "Events");
    if (declared.isEmpty()) {
      return;
    }
    for (var entry : declared.get().entries().entrySet()) {
      Optional<ObjectNode> event = Values.object(entry.getValue());
      String type = event.map(e -> Values.text(e, "Type")).orElse(null);
      if (!source.eventTypes.contains(type)) {
        continue;
      }
      boolean http = type.equals("HttpApi");
      ObjectNode props = event.flatMap(e -> Values.object(e, "Properties")).orElse(null);
      String apiId = apiLogicalId(sourceId, entry.getKey(), http);
      String method = props == null ? null : Values.text(props, "Method");
      String path = props == null ? null : Values.text(props, "Path");
      // SAM's implicit HTTP API plugin routes an HttpApi event with neither to $default, any method
      if (http && method == null && path == null) {
        method = ANY_METHOD;
        path = DEFAULT_ROUTE;
      }
      if (method == null || path == null) {
        continue;
      }
      boolean any = method.equalsIgnoreCase("any") || method.equalsIgnoreCase(ANY_METHOD);
      // any method at $default is the $default route: SAM marks it isDefaultRoute (OpenApiEditor.add_lambda_integration),
      // and grants /$default's permission to that route (HttpApi._get_permission)
      boolean defaultRoute = any && http && (path.equals(DEFAULT_ROUTE) || path.equals("/" + DEFAULT_ROUTE));
      String verb = defaultRoute ? null : any ? "ANY" : Method.verb(method);
      path = defaultRoute ? DEFAULT_ROUTE : path;
      ObjectNode auth = props == null ? null : Values.object(props, "Auth").orElse(null);
      events.add(new Event(
          source, sourceId, entry.getKey(), http, apiId, verb, method.toLowerCase(Locale.ROOT), path, auth,
          props == null || ROUTE_PROPERTIES.containsAll(props.entries().keySet()), condition,
          source == Source.STATE_MACHINE ? stateMachineStage(sourceId, entry.getKey(), props) : null,
          declared.get().key(entry.getKey()).location()));
    }
  }

  private static String stateMachineStage(String sourceId, String event, ObjectNode props) {
    String stage = Values.text(props, "Stage");
    return stage != null ? stage : Symbols.opaque("stage SAM leaves unset in " + sourceId + ".Events." + event);
  }

  /** The events that route to an API, in the order SAM translates them. */
  List<Event> eventsOf(String apiId, boolean http) {
    return events.stream()
        .filter(e -> e.http() == http && apiId.equals(e.apiId()))
        .sorted(Comparator.comparing(Event::source))
        .toList();
  }

  /**
   * The condition SAM creates an implicit API under (implicit_api_plugin.py {@code
   * _maybe_add_condition_to_implicit_api}): none unless every route it serves comes from a resource
   * with a {@code Condition}; that condition when they share one; else {@code ServerlessRestApiCondition}
   * ({@code ServerlessHttpApiCondition}), the {@code Fn::Or} of theirs SAM adds to the template. A
   * route two events write fails the transform, so which of them counts does not matter.
   */
  CreationCondition implicitCondition(boolean http) {
    String id = http ? IMPLICIT_HTTP_API : IMPLICIT_REST_API;
    Map<String, CreationCondition> byRoute = new HashMap<>();
    eventsOf(id, http).forEach(e -> byRoute.put(e.route(), e.condition()));
    return combined(id + "Condition", byRoute.values());
  }

  /**
   * The condition SAM creates an element under that exists for elements created under {@code
   * conditions}: none if one of them has none, their one condition if they share it, else the {@code
   * Fn::Or} of theirs that SAM adds to the template as {@code name} ({@code make_combined_condition}).
   */
  static CreationCondition combined(String name, Collection<CreationCondition> conditions) {
    if (conditions.isEmpty() || conditions.contains(null)) {
      return null;
    }
    Map<String, CreationCondition> byName = new TreeMap<>();
    conditions.forEach(c -> byName.put(c.name(), c));
    if (byName.size() == 1) {
      return byName.values().iterator().next();
    }
    List<Boolean> values = byName.values().stream().map(CreationCondition::withDefaults).toList();
    Boolean any = values.contains(Boolean.TRUE) ? Boolean.TRUE : values.contains(null) ? null : Boolean.FALSE;
    return new CreationCondition(name, any);
  }

  boolean usesImplicit(boolean http) {
    String id = http ? IMPLICIT_HTTP_API : IMPLICIT_REST_API;
    return events.stream().anyMatch(e -> e.http() == http && id.equals(e.apiId()));
  }

  /**
   * The method or route ({@code verb} null for {@code $default}) an event writes into its API's
   * definition, under the condition of the event's resource ({@code add_lambda_integration}, {@code
   * add_state_machine_integration}: {@code make_conditional}). An event's {@code Auth.ApiKeyRequired}
   * overrides the API's, false included (SAM's {@code api_key_false} marker).
   */
  static Method method(Event event, String verb, ObjectNode apiAuth, String element) {
    boolean noApiKey = event.http() || "OPTIONS".equals(verb) && preflightWithoutApiKey(apiAuth);
    return new Method(
        verb, event.path(), authorization(event, verb, apiAuth), event.location(), element, Syntax.SAM,
        noApiKey ? Flag.OFF : Flag.first(Values.text(event.auth(), "ApiKeyRequired"), Values.text(apiAuth, "ApiKeyRequired")),
        event.condition(), null);
  }

  /** A route as API Gateway keys it: {@code GET /pets}, or {@code $default} (verb null). */
  static String route(String verb, String path) {
    return verb == null ? path : verb + " " + path;
  }

  /** With {@code AddApiKeyRequiredToCorsPreflight: false} SAM takes the API key requirement off every OPTIONS method. */
  static boolean preflightWithoutApiKey(ObjectNode auth) {
    return Flag.of(Values.text(auth, "ApiKeyRequired")) != Flag.OFF
        && "false".equalsIgnoreCase(Values.text(auth, "AddApiKeyRequiredToCorsPreflight"));
  }

  /**
   * The authorization of an event's method: its own {@code Auth.Authorizer}; on an HTTP API the
   * {@code DefaultAuthorizer} wherever the event has an {@code Auth} block, OPTIONS included
   * ({@code HttpApi._add_auth_to_openapi_integration}); else what the {@code DefaultAuthorizer} gives
   * a method of {@code verb}.
   */
  private static AuthorizationType authorization(Event event, String verb, ObjectNode apiAuth) {
    boolean own = event.http()
        ? event.auth() != null && !event.auth().entries().isEmpty()
        : Values.text(event.auth(), "Authorizer") != null;
    return own ? authorization(event.auth(), apiAuth, event.http()) : SamAuthorizers.of(apiAuth, event.http()).defaultFor(verb);
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
    return name == null ? AuthorizationType.NONE : authorizerType(name, apiAuth, http);
  }

  /**
   * The authorization of the authorizer SAM knows by {@code name}: AWS_IAM, NONE, or one of {@code
   * Auth.Authorizers}, which SAM makes a Lambda authorizer unless it names a user pool or a JWT
   * configuration, with or without {@code FunctionArn} (samtranslator {@code
   * ApiGatewayAuthorizer._get_type}, {@code ApiGatewayV2Authorizer._get_auth_type}). An HTTP API's own
   * authorizer named {@code AWS_IAM} replaces the IAM one (samtranslator {@code
   * HttpApiGenerator._get_authorizers} puts {@code Auth.Authorizers} over the {@code
   * EnableIamAuthorizer} entry, and SAM writes its scheme into the definition).
   */
  static AuthorizationType authorizerType(String name, ObjectNode apiAuth, boolean http) {
    if (Symbols.isSymbolic(name)) {
      return AuthorizationType.UNKNOWN;
    }
    Optional<ObjectNode> authorizer = Values.object(apiAuth, "Authorizers").flatMap(a -> Values.object(a, name));
    boolean ownIam = http && authorizer.isPresent();
    if (name.equals("AWS_IAM") && !ownIam || name.equals("NONE")) {
      return AuthorizationType.parse(name);
    }
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
  private String apiLogicalId(String sourceId, String eventName, boolean http) {
    String property = http ? "ApiId" : "RestApiId";
    Node written = Values.objectAt(template, "Resources", sourceId, "Properties", "Events", eventName, "Properties")
        .map(p -> p.get(property))
        .orElse(null);
    if (written == null) {
      return http ? IMPLICIT_HTTP_API : IMPLICIT_REST_API;
    }
    Node target = written instanceof ObjectNode ref && ref.entries().size() == 1 ? ref.get("Ref") : written;
    return Values.text(target);
  }
}
