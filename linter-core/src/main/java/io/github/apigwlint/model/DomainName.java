package io.github.apigwlint.model;

import io.github.apigwlint.source.Location;

/**
 * A custom domain name.
 *
 * @param resourceType the CloudFormation type that declares it ({@code AWS::ApiGateway::DomainName},
 *     {@code AWS::ApiGateway::DomainNameV2}, {@code AWS::ApiGatewayV2::DomainName}) or the Terraform
 *     type
 * @param endpointType null when unknown
 */
public record DomainName(
    String name,
    String element,
    String resourceType,
    EndpointType endpointType,
    Location location) {

  /** Private custom domain names exist only as {@code DomainNameV2}. */
  public boolean isPrivateCustomDomain() {
    return resourceType.endsWith("::DomainNameV2");
  }
}
