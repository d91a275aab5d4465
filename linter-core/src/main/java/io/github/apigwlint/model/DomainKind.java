package io.github.apigwlint.model;

/** Which kind of custom domain name API Gateway has: the v1 API's public or private ones, or the v2 API's. */
public enum DomainKind {
  /** A v1 (REST) domain name with an EDGE or REGIONAL endpoint. */
  V1,
  /**
   * A private custom domain name: a v1 domain name with a PRIVATE endpoint, its own resource policy
   * and its own id (CloudFormation {@code AWS::ApiGateway::DomainNameV2}).
   */
  V1_PRIVATE,
  /** A v2 domain name, for HTTP, WebSocket and REGIONAL REST APIs. */
  V2
}
