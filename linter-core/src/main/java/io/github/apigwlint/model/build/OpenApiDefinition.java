package io.github.apigwlint.model.build;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.ApiDefinition;
import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.model.Flag;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.Syntax;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an OpenAPI 2 or 3 definition with API Gateway extensions says about access: its operations
 * with their authorization, its {@code x-amazon-apigateway-policy} and its VPC endpoint ids.
 */
final class OpenApiDefinition {

  private static final Set<String> VERBS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "x-amazon-apigateway-any-method");

  private final ObjectNode root;
  private final String element;

  OpenApiDefinition(ObjectNode root, String element) {
    this.root = root;
    this.element = element;
  }

  static boolean looksLikeOpenApi(ObjectNode node) {
    return node.has("swagger") || node.has("openapi") || node.has("paths");
  }

  /** HTTP APIs exported by API Gateway carry this marker; REST exports do not. */
  boolean declaresHttpApi() {
    return root.has("x-amazon-apigateway-importexport-version");
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
    if (root.get("servers") instanceof io.github.apigwlint.source.ArrayNode servers) {
      for (Node server : servers.items()) {
        Values.object(server).flatMap(s -> Values.object(s, ENDPOINT_CONFIGURATION)).ifPresent(configurations::add);
      }
    }
    return configurations;
  }

  List<Method> methods() {
    List<Method> methods = new ArrayList<>();
    Optional<ObjectNode> paths = Values.object(root, "paths");
    if (paths.isEmpty()) {
      return methods;
    }
    for (var path : paths.get().entries().entrySet()) {
      Optional<ObjectNode> item = Values.object(path.getValue());
      if (item.isEmpty()) {
        continue;
      }
      for (var operation : item.get().entries().entrySet()) {
        String key = operation.getKey().toLowerCase(Locale.ROOT);
        if (!VERBS.contains(key) || !(operation.getValue() instanceof ObjectNode op)) {
          continue;
        }
        String verb = key.startsWith("x-") ? "ANY" : key.toUpperCase(Locale.ROOT);
        methods.add(
            new Method(
                verb,
                path.getKey(),
                authorization(op),
                item.get().key(operation.getKey()).location(),
                element + " " + verb + " " + path.getKey(),
                Syntax.OPENAPI,
                requiresApiKey(op) ? Flag.ON : Flag.OFF,
                null));
      }
    }
    return methods;
  }

  /**
   * An operation whose security names an {@code apiKey} scheme that is no authorizer (the {@code
   * api_key} scheme of API Gateway's import, which SAM writes for {@code ApiKeyRequired}) requires an
   * API key.
   */
  private boolean requiresApiKey(ObjectNode operation) {
    return securitySchemes(operation).stream()
        .flatMap(name -> scheme(name).stream())
        .anyMatch(scheme -> "apikey".equals(lower(Values.text(scheme, "type")))
            && !scheme.has("x-amazon-apigateway-authorizer") && !scheme.has("x-amazon-apigateway-authtype"));
  }

  /** The names of the schemes the operation's security requirements (or the definition's) name. */
  private List<String> securitySchemes(ObjectNode operation) {
    Node security = operation.has("security") ? operation.get("security") : root.get("security");
    List<String> names = new ArrayList<>();
    if (security instanceof io.github.apigwlint.source.ArrayNode requirements) {
      requirements.items().forEach(requirement -> Values.object(requirement).ifPresent(r -> names.addAll(r.entries().keySet())));
    }
    return names;
  }

  private Optional<ObjectNode> scheme(String name) {
    return Values.object(root, "securityDefinitions")
        .or(() -> Values.object(root, "components").flatMap(c -> Values.object(c, "securitySchemes")))
        .flatMap(schemes -> Values.object(schemes, name));
  }

  private AuthorizationType authorization(ObjectNode operation) {
    String explicit = Values.object(operation, "x-amazon-apigateway-auth").map(a -> Values.text(a, "type")).orElse(null);
    if (explicit != null) {
      return AuthorizationType.parse(explicit);
    }
    Node security = operation.has("security") ? operation.get("security") : root.get("security");
    if (!(security instanceof io.github.apigwlint.source.ArrayNode requirements)) {
      return AuthorizationType.NONE;
    }
    for (Node requirement : requirements.items()) {
      if (requirement instanceof ObjectNode names) {
        for (String scheme : names.entries().keySet()) {
          AuthorizationType type = schemeType(scheme);
          if (type != AuthorizationType.NONE) {
            return type;
          }
        }
      }
    }
    return AuthorizationType.NONE;
  }

  private AuthorizationType schemeType(String name) {
    Optional<ObjectNode> scheme = scheme(name);
    if (scheme.isEmpty()) {
      return AuthorizationType.NONE;
    }
    String authType = lower(Values.text(scheme.get(), "x-amazon-apigateway-authtype"));
    String authorizerType =
        lower(Values.object(scheme.get(), "x-amazon-apigateway-authorizer").map(a -> Values.text(a, "type")).orElse(null));
    if ("awssigv4".equals(authType)) {
      return AuthorizationType.AWS_IAM;
    }
    if ("cognito_user_pools".equals(authType) || "cognito_user_pools".equals(authorizerType)) {
      return AuthorizationType.COGNITO_USER_POOLS;
    }
    if ("jwt".equals(authorizerType)) {
      return AuthorizationType.JWT;
    }
    if (authorizerType != null) {
      return AuthorizationType.CUSTOM;
    }
    return AuthorizationType.NONE;
  }

  private static String lower(String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }
}
