package io.github.apigwlint.model;

/** What a policy document is attached to, which decides how it is read. */
public enum PolicyKind {
  /** Resource policy of an API (REST {@code Policy}, {@code x-amazon-apigateway-policy}). */
  API_RESOURCE_POLICY,
  /** Resource policy of a private custom domain name ({@code DomainNameV2.Policy}). */
  DOMAIN_POLICY,
  /** Policy of a VPC endpoint. */
  VPC_ENDPOINT_POLICY,
  /** Identity policy: inline or managed policy of a role, user or group, or a standalone file. */
  IDENTITY_POLICY,
  /** Trust policy of a role ({@code AssumeRolePolicyDocument}). */
  TRUST_POLICY,
  /** A resource policy file not attached to any API of the workspace. */
  STANDALONE_RESOURCE_POLICY
}
