package io.github.apigwlint.policy;

/**
 * The API a resource policy is attached to: what API Gateway uses to expand the shorthand
 * {@code execute-api:/stage/VERB/path} into a full ARN (§1.5). Values may be symbols.
 */
public record ExpansionContext(String partition, String region, String account, String apiId) {

  /** {@code arn:partition:execute-api:region:account:apiId}. */
  public String arnPrefix() {
    return "arn:" + partition + ":execute-api:" + region + ":" + account + ":" + apiId;
  }
}
