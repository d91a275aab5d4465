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
 */
public record Method(
    String verb, String path, AuthorizationType authorization, Location location, String element, Syntax syntax,
    Flag apiKeyRequired, CreationCondition condition) {

  /** A method without API key, created unconditionally. */
  public Method(String verb, String path, AuthorizationType authorization, Location location, String element, Syntax syntax) {
    this(verb, path, authorization, location, element, syntax, Flag.OFF, null);
  }

  /** The same method with the API key requirement of its API's default. */
  public Method withApiKeyRequired(Flag required) {
    return new Method(verb, path, authorization, location, element, syntax, required, condition);
  }

  /** The same method with another authorization (a default authorizer applied to it). */
  public Method withAuthorization(AuthorizationType type) {
    return new Method(verb, path, type, location, element, syntax, apiKeyRequired, condition);
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

  /** A verb as the input writes it, in upper case; a value the input does not fix stays the symbol it is. */
  public static String verb(String written) {
    return Symbols.isSymbolic(written) ? written : written.toUpperCase(Locale.ROOT);
  }

  public boolean isUndeclared() {
    return ANY_VERB.equals(verb) && ANY_PATH.equals(path);
  }

  public String display() {
    if (isUndeclared()) {
      return UNDECLARED;
    }
    return verb == null ? path : verb + " " + path;
  }

  /** Several methods for a message: the first three, then how many more ({@code GET /a, PUT /b and 2 more}). */
  public static String display(List<Method> methods) {
    List<String> names = methods.stream().map(Method::display).distinct().toList();
    String shown = String.join(", ", names.subList(0, Math.min(3, names.size())));
    return names.size() > 3 ? shown + " and " + (names.size() - 3) + " more" : shown;
  }
}
