package io.github.apigwlint.model;

import io.github.apigwlint.source.Location;

/**
 * A custom domain name.
 *
 * @param kind v1, v1 private or v2
 * @param syntax the language of its declaration
 * @param endpointType null when unknown
 * @param certificateArn the certificate of an EDGE (or private) domain ({@code CertificateArn}), or null
 * @param regionalCertificateArn the certificate of a REGIONAL domain, or null
 * @param securityPolicy the TLS security policy as written ({@code TLS_1_2}), or null when not set
 * @param properties where the settings are written, for precise locations; may equal {@code location}
 * @param region the Region it is deployed in: literal, or {@code Symbols.REGION} when the input does
 *     not say
 * @param mutualTls whether it requires a client certificate its truststore trusts ({@code MutualTlsAuthentication})
 */
public record DomainName(
    String name,
    String element,
    DomainKind kind,
    Syntax syntax,
    EndpointType endpointType,
    Location location,
    String certificateArn,
    String regionalCertificateArn,
    String securityPolicy,
    Location properties,
    String region,
    Flag mutualTls) {

  /** A domain name without mutual TLS. */
  public DomainName(
      String name, String element, DomainKind kind, Syntax syntax, EndpointType endpointType, Location location,
      String certificateArn, String regionalCertificateArn, String securityPolicy, Location properties, String region) {
    this(name, element, kind, syntax, endpointType, location, certificateArn, regionalCertificateArn, securityPolicy,
        properties, region, Flag.OFF);
  }

  public boolean isPrivateCustomDomain() {
    return kind == DomainKind.V1_PRIVATE;
  }
}
