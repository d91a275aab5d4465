package io.github.apigwlint.model.build;

import io.github.apigwlint.model.AuthorizationType;
import io.github.apigwlint.source.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The authorization API Gateway gives an operation from the security schemes its {@code security}
 * names: a scheme counts only through the API Gateway extensions ({@code
 * x-amazon-apigateway-authtype}, {@code x-amazon-apigateway-authorizer}) or as the {@code api_key}
 * scheme, which requires an API key and is no authorization. What the import makes of a scheme the
 * document does not define, or of one without these extensions (plain {@code http}, {@code oauth2},
 * {@code openIdConnect}), is not documented: the authorization is then unknown, with why, except
 * for SAM's undefined {@code NONE}.
 */
final class OpenApiSecurity {

  /** The authorization and, when it is UNKNOWN, why. */
  record Resolved(AuthorizationType type, String reason) {}

  private static final String API_KEY = "api_key";

  /**
   * The requirement SAM writes for {@code Auth: {Authorizer: NONE}} where no default authorizer takes
   * it off again (samtranslator {@code SwaggerEditor._set_method_authorizer}, {@code
   * OpenApiEditor.add_auth_to_method}), without defining a scheme of that name. SAM documents it as
   * no authorization, and the stacks it deploys have none.
   */
  private static final String SAM_NO_AUTHORIZER = "NONE";

  private final ObjectNode root;
  private final SamAuthorizers sam;

  OpenApiSecurity(ObjectNode root, SamAuthorizers sam) {
    this.root = root;
    this.sam = sam;
  }

  /** API Gateway reads every scheme the requirements name (SAM writes the API key as a requirement of its own). */
  Resolved resolve(List<List<String>> requirements) {
    Set<AuthorizationType> types = new LinkedHashSet<>();
    for (List<String> requirement : requirements) {
      for (String scheme : requirement) {
        Resolved one = scheme(scheme);
        if (one.type() == AuthorizationType.UNKNOWN) {
          return one;
        }
        if (one.type() != AuthorizationType.NONE) {
          types.add(one.type());
        }
      }
    }
    if (types.size() > 1) {
      return new Resolved(AuthorizationType.UNKNOWN,
          "the operation's security names schemes of more than one authorization type (" + types + "), and a method has one");
    }
    return new Resolved(types.stream().findFirst().orElse(AuthorizationType.NONE), null);
  }

  /**
   * The document-level {@code security} of an operation without its own: API Gateway documents its
   * security extensions per operation, not whether the import applies the document's to them, so an
   * authorization it would give is unknown (one that gives none is NONE either way).
   */
  Resolved documentWide(List<List<String>> requirements) {
    Resolved resolved = resolve(requirements);
    if (resolved.type() == AuthorizationType.NONE || resolved.type() == AuthorizationType.UNKNOWN) {
      return resolved;
    }
    return new Resolved(AuthorizationType.UNKNOWN, "only the document-level security names " + resolved.type()
        + ", and whether API Gateway applies it to an operation without security of its own is not documented");
  }

  private Resolved scheme(String name) {
    Optional<AuthorizationType> written = sam.schemeType(name);
    if (written.isPresent()) {
      return new Resolved(written.get(), null);
    }
    Optional<ObjectNode> scheme = definedScheme(name);
    if (scheme.isEmpty() && name.equals(SAM_NO_AUTHORIZER)) {
      return new Resolved(AuthorizationType.NONE, null);
    }
    if (scheme.isEmpty()) {
      return new Resolved(AuthorizationType.UNKNOWN,
          "the operation requires security scheme " + name + ", which the definition does not define");
    }
    AuthorizationType type = extensionType(scheme.get());
    if (type == null && isApiKey(name, scheme.get())) {
      return new Resolved(AuthorizationType.NONE, null);
    }
    return type != null ? new Resolved(type, null) : new Resolved(AuthorizationType.UNKNOWN, "security scheme " + name
        + " has neither x-amazon-apigateway-authtype nor x-amazon-apigateway-authorizer, and what API Gateway makes of it is not documented");
  }

  private static AuthorizationType extensionType(ObjectNode scheme) {
    String authType = lower(Values.text(scheme, "x-amazon-apigateway-authtype"));
    String authorizerType =
        lower(Values.object(scheme, "x-amazon-apigateway-authorizer").map(a -> Values.text(a, "type")).orElse(null));
    if ("awssigv4".equals(authType)) {
      return AuthorizationType.AWS_IAM;
    }
    if ("cognito_user_pools".equals(authType) || "cognito_user_pools".equals(authorizerType)) {
      return AuthorizationType.COGNITO_USER_POOLS;
    }
    if ("jwt".equals(authorizerType)) {
      return AuthorizationType.JWT;
    }
    return authorizerType != null ? AuthorizationType.CUSTOM : null;
  }

  /** Whether a requirement names the {@code api_key} scheme: the method then requires an API key. */
  boolean requiresApiKey(List<List<String>> requirements) {
    return requirements.stream().flatMap(List::stream).anyMatch(name -> sam.schemeType(name).isEmpty()
        && definedScheme(name).filter(scheme -> isApiKey(name, scheme)).isPresent());
  }

  private Optional<ObjectNode> definedScheme(String name) {
    return Values.object(root, "securityDefinitions")
        .or(() -> Values.object(root, "components").flatMap(c -> Values.object(c, "securitySchemes")))
        .flatMap(schemes -> Values.object(schemes, name));
  }

  /** The scheme API Gateway reads as "API key required" (its documented {@code api_key} apiKey scheme in a header). */
  private static boolean isApiKey(String name, ObjectNode scheme) {
    return name.equals(API_KEY) && "apiKey".equals(Values.text(scheme, "type")) && "header".equalsIgnoreCase(Values.text(scheme, "in"));
  }

  private static String lower(String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }
}
