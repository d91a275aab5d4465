package io.github.apigwlint.model.build;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiDefinition;
import io.github.apigwlint.model.ApiProtocol;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.CreationCondition;
import io.github.apigwlint.model.Flag;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.Syntax;
import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an OpenAPI 2 or 3 definition with API Gateway extensions says about access: its operations
 * with their authorization, its {@code x-amazon-apigateway-policy} and its VPC endpoint ids.
 */
final class OpenApiDefinition {

  private static final String ANY_METHOD = "x-amazon-apigateway-any-method";
  private static final String DEFAULT_ROUTE = "$default";
  private static final String INTEGRATION = "x-amazon-apigateway-integration";
  private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "options", "head", "patch", ANY_METHOD);

  private final ObjectNode root;
  private final String element;
  private final ConditionalContents contents;

  /** A definition read as it is: outside a template, or already resolved. */
  OpenApiDefinition(ObjectNode root, String element) {
    this(root, element, ConditionalContents.NONE);
  }

  /**
   * @param root the definition, its intrinsics resolved
   * @param contents the path items and operations the template writes under a condition
   */
  OpenApiDefinition(ObjectNode root, String element, ConditionalContents contents) {
    this.root = root;
    this.element = element;
    this.contents = contents;
  }

  static boolean looksLikeOpenApi(ObjectNode node) {
    return node.has("swagger") || node.has("openapi") || node.has("paths");
  }

  /** HTTP APIs exported by API Gateway carry this marker; REST exports do not. */
  boolean declaresHttpApi() {
    return root.has("x-amazon-apigateway-importexport-version");
  }

  /** Whether the definition has a non-empty {@code paths} mapping. */
  boolean hasPaths() {
    return Values.object(root, "paths").filter(paths -> !paths.entries().isEmpty()).isPresent();
  }

  Optional<Node> policy() {
    return root.find("x-amazon-apigateway-policy");
  }

  private static final String ENDPOINT_CONFIGURATION = "x-amazon-apigateway-endpoint-configuration";

  /**
   * How the definition of {@code api} is written. Swagger 2 puts {@code
   * x-amazon-apigateway-endpoint-configuration} at the top, OpenAPI 3 on each {@code servers[]} object.
   */
  ApiDefinition of(Api api) {
    ObjectNode.Key key = root.key(ENDPOINT_CONFIGURATION);
    String version = Optional.ofNullable(Values.text(root, "openapi")).orElse(Values.text(root, "swagger"));
    List<String> settings = Values.object(root, ENDPOINT_CONFIGURATION)
        .map(config -> config.entries().keySet().stream().toList())
        .orElse(List.of());
    return new ApiDefinition(api, version, key == null ? null : key.location(), settings);
  }

  List<String> vpcEndpointIds() {
    return endpointConfigurations().stream().flatMap(config -> Values.texts(config.get("vpcEndpointIds")).stream()).toList();
  }

  /** {@code disableExecuteApiEndpoint} as written in the endpoint configuration, or null when not written. */
  String disableExecuteApiEndpoint() {
    return endpointConfigurations().stream()
        .map(config -> Values.text(config, "disableExecuteApiEndpoint"))
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /** Swagger 2 puts the endpoint configuration at the top; OpenAPI 3 on each server object. */
  private List<ObjectNode> endpointConfigurations() {
    List<ObjectNode> configurations = new ArrayList<>();
    Values.object(root, ENDPOINT_CONFIGURATION).ifPresent(configurations::add);
    if (root.get("servers") instanceof ArrayNode servers) {
      for (Node server : servers.items()) {
        Values.object(server).flatMap(s -> Values.object(s, ENDPOINT_CONFIGURATION)).ifPresent(configurations::add);
      }
    }
    return configurations;
  }

  /**
   * Whether SAM's OpenAPI editor takes the definition: {@code paths} a mapping and {@code openapi} a
   * 3.x version (samtranslator {@code OpenApiEditor.is_valid}).
   */
  boolean openApi3() {
    String version = Values.text(root, "openapi");
    return root.get("paths") instanceof ObjectNode && version != null && version.matches("3(\\.\\d)(\\.\\d)?");
  }

  /** The operations as the methods or routes of an API of {@code protocol}. */
  List<Method> methods(ApiProtocol protocol) {
    return methods(protocol, SamAuthorizers.UNTRANSFORMED);
  }

  /** The condition the template creates the path item {@code path} under, or null. */
  CreationCondition pathCondition(String path) {
    return contents.pathCondition(path);
  }

  /** The paths whose item is an object, in the order written, those without operations too. */
  List<String> pathNames() {
    return Values.object(root, "paths").stream()
        .flatMap(paths -> paths.entries().entrySet().stream())
        .filter(path -> path.getValue() instanceof ObjectNode)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The operations as methods, with the security SAM leaves them when it transforms the definition. */
  List<Method> methods(ApiProtocol protocol, SamAuthorizers sam) {
    List<Method> methods = new ArrayList<>();
    Optional<ObjectNode> paths = Values.object(root, "paths");
    if (paths.isEmpty()) {
      return methods;
    }
    OpenApiSecurity security = new OpenApiSecurity(root, sam);
    for (ConditionalContents.Operation operation : contents.operations(paths.get())) {
      String key = operation.key().toLowerCase(Locale.ROOT);
      if (!VERBS.contains(key)) {
        continue;
      }
      ObjectNode op = operation.operation();
      boolean defaultRoute = protocol == ApiProtocol.HTTP && key.equals(ANY_METHOD) && isDefaultRoute(operation.path(), op);
      String written = key.equals(ANY_METHOD) ? "ANY" : key.toUpperCase(Locale.ROOT);
      String verb = defaultRoute ? null : written;
      String route = defaultRoute ? DEFAULT_ROUTE : operation.path();
      OpenApiSecurity.Resolved authorization = authorization(op, verb, route, sam, security);
      boolean integration = op.has(INTEGRATION);
      methods.add(
          new Method(
              verb,
              route,
              authorization.type(),
              operation.location(),
              element + " " + written + " " + operation.path(),
              Syntax.OPENAPI,
              requiresApiKey(op, security) ? Flag.ON : Flag.OFF,
              sam.condition(verb, route, integration, operation.condition()),
              authorization.reason()));
    }
    return methods;
  }

  /** Whether the operation's security (or the definition's) names API Gateway's {@code api_key} scheme. */
  private boolean requiresApiKey(ObjectNode operation, OpenApiSecurity security) {
    List<List<String>> requirements = Optional.ofNullable(requirements(operation)).orElse(requirements(root));
    return requirements != null && security.requiresApiKey(requirements);
  }

  /**
   * Whether the catch-all operation of an HTTP API is its {@code $default} route: API Gateway's {@code
   * isDefaultRoute} says so wherever it is (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-any-method.html),
   * and the import reads the path {@code /$default} as that route, where SAM writes it with {@code
   * FailOnWarnings} (samtranslator {@code HttpApiGenerator._update_default_path}) and grants Lambda's
   * permission to the route {@code $default} ({@code HttpApi._get_permission}).
   */
  private static boolean isDefaultRoute(String path, ObjectNode operation) {
    return path.equals("/" + DEFAULT_ROUTE) || "true".equalsIgnoreCase(Values.text(operation, "isDefaultRoute"));
  }

  private OpenApiSecurity.Resolved authorization(
      ObjectNode operation, String verb, String route, SamAuthorizers sam, OpenApiSecurity security) {
    String explicit = Values.object(operation, "x-amazon-apigateway-auth").map(a -> Values.text(a, "type")).orElse(null);
    if (explicit != null) {
      return new OpenApiSecurity.Resolved(AuthorizationType.parse(explicit), null);
    }
    boolean integrated = sam.integrated(verb, route, operation.has(INTEGRATION));
    List<List<String>> requirements = sam.security(verb, integrated, requirements(operation));
    if (requirements != null) {
      return security.resolve(requirements);
    }
    List<List<String>> documentWide = requirements(root);
    return documentWide == null ? new OpenApiSecurity.Resolved(AuthorizationType.NONE, null) : security.documentWide(documentWide);
  }

  /** The scheme names of each requirement object of a {@code security} list; null when there is none. */
  private static List<List<String>> requirements(ObjectNode owner) {
    if (!(owner.get("security") instanceof ArrayNode list)) {
      return null;
    }
    return list.items().stream()
        .map(requirement -> Values.object(requirement).map(r -> List.copyOf(r.entries().keySet())).orElse(List.of()))
        .toList();
  }
}
