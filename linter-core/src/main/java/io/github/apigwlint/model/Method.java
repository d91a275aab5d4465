package io.github.apigwlint.model;

import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Symbols;
import java.util.List;
import java.util.Locale;

/**
 * A REST method or a v2 route.
 *
 * @param verb HTTP verb in upper case, {@code ANY}, or for WebSocket routes null
 * @param path resource path starting with {@code /} ({@code /pets/{id}}), or the WebSocket route
 *     key ({@code $connect})
 * @param element logical identity for fingerprints
 * @param syntax the language it is declared in, for fixes that name its authorization setting
 * @param apiKeyRequired whether a call needs an API key of a usage plan of the stage ({@code ApiKeyRequired})
 * @param condition the CloudFormation condition the method is created under, or null when it is created unconditionally
 * @param authorizationReason where the authorization comes from when the method does not state it
 *     (SAM's {@code DefaultAuthorizer}), or why it is UNKNOWN; null when the input states it
 */
public record Method(
    String verb, String path, AuthorizationType authorization, Location location, String element, Syntax syntax,
    Flag apiKeyRequired, CreationCondition condition, String authorizationReason) {

  /** A method without API key, created unconditionally, whose authorization the input states. */
  public Method(String verb, String path, AuthorizationType authorization, Location location, String element, Syntax syntax) {
    this(verb, path, authorization, location, element, syntax, Flag.OFF, null, null);
  }

  /** The same method with the API key requirement of its API's default. */
  public Method withApiKeyRequired(Flag required) {
    return new Method(verb, path, authorization, location, element, syntax, required, condition, authorizationReason);
  }

  /** How messages and the access summary name the methods of an API that declares none. */
  public static final String UNDECLARED = "every method (none declared)";

  private static final String ANY_VERB = Symbols.opaque("method of the request");
  private static final String ANY_PATH = Symbols.opaque("path of the request");

  /**
   * The one method that stands for every method of an API whose input declares none: verb and path
   * are opaque (a policy that pins them gives UNKNOWN), the authorization is not known.
   */
  public static Method undeclared(Location location, String element, Syntax syntax) {
    return new Method(ANY_VERB, ANY_PATH, AuthorizationType.UNKNOWN, location, element, syntax);
  }

  /** The route of a v2 API by its route key: {@code GET /pets} has a verb, {@code $default} and WebSocket keys do not. */
  public static Method route(String routeKey, AuthorizationType authorization, Location location, String element, Syntax syntax) {
    return route(routeKey, authorization, location, element, syntax, Flag.OFF, null);
  }

  /** A route that may require an API key (WebSocket) or exist only under a condition. */
  public static Method route(String routeKey, AuthorizationType authorization, Location location, String element, Syntax syntax,
      Flag apiKeyRequired, CreationCondition condition) {
    int space = routeKey.indexOf(' ');
    String verb = space > 0 ? routeKey.substring(0, space) : null;
    String path = space > 0 ? routeKey.substring(space + 1) : routeKey;
    return new Method(verb, path, authorization, location, element, syntax, apiKeyRequired, condition, null);
  }

  /** A verb as the input writes it, in upper case; a value the input does not fix stays the symbol it is. */
  public static String verb(String written) {
    return Symbols.isSymbolic(written) ? written : written.toUpperCase(Locale.ROOT);
  }

  /** The same method with the authorization something else decides, and why. */
  public Method withAuthorization(AuthorizationType type, String reason) {
    return new Method(verb, path, type, location, element, syntax, apiKeyRequired, condition, reason);
  }

  public boolean isUndeclared() {
    return ANY_VERB.equals(verb) && ANY_PATH.equals(path);
  }

  /** The method as messages name it; a verb or path not known shows what it is written as ({@code ${each.value.http_method}}). */
  public String display() {
    if (isUndeclared()) {
      return UNDECLARED;
    }
    return Symbols.render(verb == null ? path : verb + " " + path);
  }

  /** Several methods for a message: the first three, then how many more ({@code GET /a, PUT /b and 2 more}). */
  public static String display(List<Method> methods) {
    List<String> names = methods.stream().map(Method::display).distinct().toList();
    String shown = String.join(", ", names.subList(0, Math.min(3, names.size())));
    return names.size() > 3 ? shown + " and " + (names.size() - 3) + " more" : shown;
  }
}
