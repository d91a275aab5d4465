package io.github.apigwlint.model.build;

import io.github.apigwlint.model.Api;
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
 * route: API Gateway answers preflight requests itself.
 */
final class SamCors {

  private static final Set<String> SETTINGS = Set.of("AllowMethods", "AllowHeaders", "AllowOrigin", "MaxAge", "AllowCredentials");

  private SamCors() {}

  /**
   * SAM's error for a {@code Cors} it refuses before writing anything: on an API whose definition is
   * in {@code DefinitionUri}, or a map with a key SAM does not know.
   */
  static Optional<SamTransformError> refusal(Api api, String apiId, ObjectNode props) {
    Node cors = props.get("Cors");
    if (cors == null || !enabled(cors)) {
      return Optional.empty();
    }
    Location at = props.key("Cors").location();
    if (!props.has("DefinitionBody") && props.has("DefinitionUri")) {
      return Optional.of(new SamTransformError(
          api, "Cors", "Resource with id [" + apiId + "] is invalid. Cors works only with inline Swagger specified in 'DefinitionBody' property.",
          "its definition is in DefinitionUri, which SAM does not edit",
          "no Cors while the definition is in DefinitionUri (write the OPTIONS methods in that definition, or give it as DefinitionBody)",
          at));
    }
    Optional<String> unknown = cors instanceof ObjectNode settings
        ? settings.entries().keySet().stream().filter(key -> !SETTINGS.contains(key)).findFirst()
        : Optional.empty();
    return unknown.map(key -> new SamTransformError(
        api, "Cors", "Resource with id [" + apiId + "] is invalid. Invalid key '" + key + "' for 'Cors' property.",
        "Cors has no setting " + key, "only the keys AllowOrigin, AllowHeaders, AllowMethods, MaxAge and AllowCredentials", at));
  }

  /**
   * Adds the OPTIONS methods of the API's {@code Cors} to {@code api}, whose methods are those of its
   * final definition.
   *
   * @param definitionPaths the paths of the definition as written, those without methods too
   * @param element the element of the OPTIONS method of a path
   * @return the methods added
   */
  static List<Method> addPreflights(
      Api api, ObjectNode props, List<String> definitionPaths, SamAuthorizers authorizers, Function<String, String> element) {
    ObjectNode.Key cors = props.key("Cors");
    if (cors == null || !enabled(props.get("Cors"))) {
      return List.of();
    }
    ObjectNode auth = Values.object(props, "Auth").orElse(null);
    Flag apiKey = SamApplication.preflightWithoutApiKey(auth) ? Flag.OFF : Flag.of(Values.text(auth, "ApiKeyRequired"));
    Set<String> paths = new LinkedHashSet<>(definitionPaths);
    api.methods().stream().filter(m -> !m.isUndeclared()).map(Method::path).forEach(paths::add);
    Set<String> seen = new HashSet<>();
    List<Method> added = new ArrayList<>();
    for (String path : paths) {
      boolean first = seen.add(withoutTrailingSlash(path));
      if (first && api.methods().stream().noneMatch(m -> "OPTIONS".equals(m.verb()) && path.equals(m.path()))) {
        added.add(new Method(
            "OPTIONS", path, authorizers.defaultFor("OPTIONS"), cors.location(), element.apply(path), Syntax.SAM, apiKey, null, null));
      }
    }
    api.methods().addAll(added);
    return added;
  }

  /** SAM skips a {@code Cors} Python reads as false: null, an empty string, map or list. */
  private static boolean enabled(Node cors) {
    if (cors instanceof ObjectNode object) {
      return !object.entries().isEmpty();
    }
    if (cors instanceof ArrayNode list) {
      return !list.items().isEmpty();
    }
    return !(cors instanceof ScalarNode scalar) || !scalar.isNull() && !scalar.text().isEmpty();
  }

  private static String withoutTrailingSlash(String path) {
    return path.equals("/") ? path : path.replaceAll("/+$", "");
  }
}
