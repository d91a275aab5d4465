package io.github.apigwlint.model;

import java.util.Locale;
import java.util.Optional;

/** Where an API or a domain name is reachable from. */
public enum EndpointType {
  EDGE,
  REGIONAL,
  PRIVATE;

  public static Optional<EndpointType> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
