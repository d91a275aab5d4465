package io.github.apigwlint.model;

/** How an API is attached to a custom domain name. */
public enum MappingKind {
  /** A v1 base path mapping: one path segment, REST APIs only. */
  V1_BASE_PATH,
  /** A v1 base path mapping to a private custom domain name that names it by its ARN (CloudFormation {@code BasePathMappingV2}). */
  V1_PRIVATE_BASE_PATH,
  /** A v2 API mapping: multi-level keys, any API type. */
  V2_API_MAPPING
}
