package io.github.apigwlint.model.build;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.CreationCondition;
import io.github.apigwlint.model.Flag;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.model.SamTransformError;
import io.github.apigwlint.model.Syntax;
import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The OPTIONS methods the {@code Cors} of an {@code AWS::Serverless::Api} writes into its definition
 * (samtranslator {@code ApiGenerator._add_cors}, {@code SwaggerEditor.add_cors}): one on every path of
 * the definition, after the function events have written theirs, unless the path has one already.
 * SAM takes {@code /a/} and {@code /a} for one path, and only the first written gets the method. The
 * method has a (mock) integration, so SAM's {@code Auth}, applied next, treats it as any other: the
 * default authorizer unless {@code AddDefaultAuthorizerToCorsPreflight: false}, the API key unless
 * {@code AddApiKeyRequiredToCorsPreflight: false}. An HTTP API's {@code CorsConfiguration} writes no
 * route: API Gateway answers preflight requests itself ({@code HttpApiGenerator._add_cors} writes
 * {@code x-amazon-apigateway-cors}).
 */
final class SamCors {

  private static final Set<String> REST_SETTINGS = Set.of("AllowMethods", "AllowHeaders", "AllowOrigin", "MaxAge", "AllowCredentials");
  private static final Set<String> HTTP_SETTINGS =
      Set.of("AllowMethods", "AllowHeaders", "AllowOrigins", "MaxAge", "ExposeHeaders", "AllowCredentials");
  private static final String WILDCARD = "'*'";

  private final Api api;
  private final String apiId;
  private final ObjectNode props;
  private final Node written;
  private final boolean http;

  private SamCors(Api api, String apiId, ObjectNode props, Node written, boolean http) {
    this.api = api;
    this.apiId = apiId;
    this.props = props;
    this.written = written;
    this.http = http;
  }

  /**
   * @param props the API's properties, {@code Globals} merged in
   * @param written its {@code Cors} as written, or null
   */
  static SamCors rest(Api api, String apiId, ObjectNode props, Node written) {
    return new SamCors(api, apiId, props, written, false);
  }

  /** An HTTP API's {@code CorsConfiguration}, in which SAM puts in the values of parameters. */
  static SamCors http(Api api, String apiId, ObjectNode props) {
    return new SamCors(api, apiId, props, props.get("CorsConfiguration"), true);
  }

  /**
   * The OPTIONS methods SAM writes into the API's final definition, whose methods {@code api} holds.
   *
   * @param definitionPaths the paths of the definition as written, those without methods too
   * @param element the element of the OPTIONS method of a path
   * @param pathCondition the condition a path item is created under (null: none); SAM writes the
   *     OPTIONS method into the path item, so it exists under that condition
   */
  List<Method> preflights(List<String> definitionPaths, SamAuthorizers authorizers, Function<String, String> element,
      Function<String, CreationCondition> pathCondition) {
    if (!enabled()) {
      return List.of();
    }
    ObjectNode auth = Values.object(props, "Auth").orElse(null);
    Flag apiKey = SamApplication.preflightWithoutApiKey(auth) ? Flag.OFF : Flag.of(Values.text(auth, "ApiKeyRequired"));
    Set<String> paths = new LinkedHashSet<>(definitionPaths);
    api.methods().stream().filter(m -> !m.isUndeclared()).map(Method::path).forEach(paths::add);
    Set<String> seen = new HashSet<>();
    List<Method> preflights = new ArrayList<>();
    for (String path : paths) {
      boolean first = seen.add(withoutTrailingSlash(path));
      if (first && api.methods().stream().noneMatch(m -> "OPTIONS".equals(m.verb()) && path.equals(m.path()))) {
        preflights.add(new Method(
            "OPTIONS", path, authorizers.defaultFor("OPTIONS"), location(), element.apply(path), Syntax.SAM, apiKey,
            pathCondition.apply(path), null));
      }
    }
    return preflights;
  }

  /**
   * SAM's error for a {@code Cors} it refuses, in the order SAM checks: on an API whose definition is
   * in {@code DefinitionUri}, a key SAM does not know; on a REST API also {@code AllowCredentials:
   * true} with the origin {@code '*'} (the default), and no origin where it writes a preflight.
   */
  Optional<SamTransformError> refusal(List<Method> preflights) {
    if (!enabled()) {
      return Optional.empty();
    }
    if (!props.has("DefinitionBody") && props.has("DefinitionUri")) {
      return refused("Cors works only with inline " + (http ? "OpenApi" : "Swagger") + " specified in 'DefinitionBody' property.",
          "its definition is in DefinitionUri, which SAM does not edit",
          "no " + property() + " while the definition is in DefinitionUri (write CORS in that definition, or give it as DefinitionBody)");
    }
    if (!(written instanceof ObjectNode settings) || SamApplication.intrinsic(settings)) {
      return Optional.empty();
    }
    Set<String> known = http ? HTTP_SETTINGS : REST_SETTINGS;
    Optional<String> unknown = settings.entries().keySet().stream().filter(key -> !known.contains(key)).findFirst();
    if (unknown.isPresent()) {
      return refused("Invalid key '" + unknown.get() + "' for 'Cors' property.", property() + " has no setting " + unknown.get(),
          "only the keys " + String.join(", ", known.stream().sorted().toList()));
    }
    if (http) {
      return Optional.empty();
    }
    Node origin = settings.get("AllowOrigin");
    boolean credentials = settings.get("AllowCredentials") instanceof ScalarNode c && c.kind() == ScalarNode.Kind.BOOLEAN
        && c.text().equalsIgnoreCase("true");
    if (credentials && (origin == null || WILDCARD.equals(Values.text(origin)))) {
      return refused("Unable to add Cors configuration because 'AllowCredentials' can not be true when 'AllowOrigin' is \"'*'\" or not set",
          "AllowCredentials is true and the origin is '*'", "an AllowOrigin that names the origins allowed, or AllowCredentials false");
    }
    if (!preflights.isEmpty() && origin != null && !enabled(origin)) {
      return refused("Structure of the SAM template is invalid. Invalid input. Value for AllowedOrigins is required",
          "AllowOrigin is empty", "an AllowOrigin that names the origins allowed");
    }
    return Optional.empty();
  }

  private Optional<SamTransformError> refused(String message, String cause, String accepted) {
    return Optional.of(new SamTransformError(
        api, property(), "Resource with id [" + apiId + "] is invalid. " + message, cause, accepted, location()));
  }

  private String property() {
    return http ? "CorsConfiguration" : "Cors";
  }

  private Location location() {
    return props.key(property()) != null ? props.key(property()).location() : written.location();
  }

  private boolean enabled() {
    return written != null && enabled(written);
  }

  /** SAM skips a {@code Cors} Python reads as false: null, false, an empty string, map or list. */
  private static boolean enabled(Node value) {
    if (value instanceof ObjectNode object) {
      return !object.entries().isEmpty();
    }
    if (value instanceof ArrayNode list) {
      return !list.items().isEmpty();
    }
    return !(value instanceof ScalarNode scalar)
        || !scalar.isNull() && !scalar.text().isEmpty() && !(scalar.kind() == ScalarNode.Kind.BOOLEAN && scalar.text().equalsIgnoreCase("false"));
  }

  private static String withoutTrailingSlash(String path) {
    return path.equals("/") ? path : path.replaceAll("/+$", "");
  }
}
