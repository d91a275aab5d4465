package io.github.apigwlint.model;

import io.github.apigwlint.source.Location;
import java.util.List;

/**
 * A REST method or a v2 route.
 *
 * @param verb HTTP verb in upper case, {@code ANY}, or for WebSocket routes null
 * @param path resource path starting with {@code /} ({@code /pets/{id}}), or the WebSocket route
 *     key ({@code $connect})
 * @param element logical identity for fingerprints
 */
public record Method(
    String verb, String path, AuthorizationType authorization, Location location, String element) {

  public String display() {
    return verb == null ? path : verb + " " + path;
  }

  /** Several methods for a message: the first three, then how many more ({@code GET /a, PUT /b and 2 more}). */
  public static String display(List<Method> methods) {
    List<String> names = methods.stream().map(Method::display).distinct().toList();
    String shown = String.join(", ", names.subList(0, Math.min(3, names.size())));
    return names.size() > 3 ? shown + " and " + (names.size() - 3) + " more" : shown;
  }
}
