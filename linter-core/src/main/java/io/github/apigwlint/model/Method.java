package io.github.apigwlint.model;

import io.github.apigwlint.source.Location;

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
}
