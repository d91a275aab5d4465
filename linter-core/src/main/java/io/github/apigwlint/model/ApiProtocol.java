package io.github.apigwlint.model;

/** API Gateway's API families: REST (v1) and the v2 HTTP and WebSocket APIs. */
public enum ApiProtocol {
  REST,
  HTTP,
  WEBSOCKET;
}
