package io.github.apigwlint.model;

import io.github.apigwlint.source.Location;

/**
 * A custom domain name.
 *
 * @param resourceType the CloudFormation type that declares it ({@code AWS::ApiGateway::DomainName},
 *     {@code AWS::ApiGateway::DomainNameV2}, {@code AWS::ApiGatewayV2::DomainName}) or the Terraform
 *     type
 * @param endpointType null when unknown
 * @param certificateArn the certificate of an EDGE (or private) domain ({@code CertificateArn}), or null
 * @param regionalCertificateArn the certificate of a REGIONAL domain, or null
 * @param securityPolicy the TLS security policy as written ({@code TLS_1_2}), or null when not set
 * @param properties where the settings are written, for precise locations; may equal {@code location}
 */
public record DomainName(
    String name,
    String element,
    String resourceType,
    EndpointType endpointType,
    Location location,
    String certificateArn,
    String regionalCertificateArn,
    String securityPolicy,
    Location properties) {

  /** Private custom domain names exist only as {@code DomainNameV2} (Terraform: PRIVATE endpoint). */
  public boolean isPrivateCustomDomain() {
    return resourceType.endsWith("::DomainNameV2")
        || resourceType.startsWith("aws_") && endpointType == EndpointType.PRIVATE;
  }
}
