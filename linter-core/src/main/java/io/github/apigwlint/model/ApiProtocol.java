package io.github.apigwlint.model;

/** API Gateway's API families: REST (v1) and the v2 HTTP and WebSocket APIs. */
public enum ApiProtocol {
  REST,
  HTTP,
  WEBSOCKET;

  /** Only REST APIs support resource policies. */
  public boolean supportsResourcePolicy() {
    return this == REST;
  }
}
