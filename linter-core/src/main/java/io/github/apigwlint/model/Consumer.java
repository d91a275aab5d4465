package io.github.apigwlint.model;

import java.util.List;

/**
 * Callers that must be able to invoke an API, as the configuration names them.
 *
 * @param api the API's name, logical id or id; {@code *} for every API
 * @param callers 12-digit accounts or IAM role/user ARNs
 */
public record Consumer(String api, List<String> callers) {

  public Consumer {
    callers = List.copyOf(callers);
  }
}
