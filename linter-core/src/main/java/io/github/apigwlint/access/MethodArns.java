package io.github.apigwlint.access;

import io.github.apigwlint.model.Api;
import io.github.apigwlint.model.Method;
import io.github.apigwlint.source.Symbols;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The execute-api ARNs that requests to an API's methods carry, for evaluating policies against
 * them. Path parameters become a sample concrete value (a request never carries {@code {id}}); an
 * {@code ANY} method is sampled as {@code GET}; an unknown stage, and the verb and path of
 * {@link Method#undeclared}, stay opaque symbols, so a policy that pins them gives UNKNOWN rather
 * than a guess.
 */
public final class MethodArns {

  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^/}]+}");
  private static final String SAMPLE_SEGMENT = "sample";

  private MethodArns() {}

  public static List<String> stages(Api api) {
    return api.stages().isEmpty() ? List.of(Symbols.opaque("stage of " + api.name())) : api.stageNames();
  }

  /** {@code arn:…:execute-api:region:account:apiId/stage/VERB/path}, without the path's leading slash. */
  public static String arn(Api api, Method method, String stage) {
    String path = requestPath(method).substring(1);
    if (method.verb() == null) {
      return api.executeApiArnPrefix() + "/" + stage + "/" + path;
    }
    return api.executeApiArnPrefix() + "/" + stage + "/" + requestVerb(method) + "/" + path;
  }

  /** The verb a sample request uses: {@code ANY} is sampled as {@code GET}. */
  public static String requestVerb(Method method) {
    return method.verb() == null || method.verb().equals("ANY") ? "GET" : method.verb();
  }

  /** The path a sample request uses, starting with {@code /}, parameters given a sample value. */
  public static String requestPath(Method method) {
    String path = PATH_PARAMETER.matcher(method.path()).replaceAll(SAMPLE_SEGMENT);
    return path.startsWith("/") ? path : "/" + path;
  }

  /** The shorthand a REST resource policy uses for the method: {@code execute-api:/stage/VERB/path}. */
  public static String shorthand(Method method, String stage) {
    String verb = method.verb() == null || method.verb().equals("ANY") || method.isUndeclared() ? "*" : method.verb();
    String path = method.isUndeclared() ? "/*" : PATH_PARAMETER.matcher(method.path()).replaceAll("*");
    return "execute-api:/" + (Symbols.isSymbolic(stage) ? "*" : stage) + "/" + verb + path;
  }
}
