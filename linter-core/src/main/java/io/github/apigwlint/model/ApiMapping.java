package io.github.apigwlint.model;

import io.github.apigwlint.source.Location;

/**
 * A base path mapping (v1, v2 for private domains) or an API mapping (ApiGatewayV2).
 *
 * @param syntax the language of its declaration
 * @param domainNameId how the mapping identifies the domain beyond its name: the domain's ARN or id
 *     (CloudFormation {@code DomainNameArn}, Terraform {@code domain_name_id}), or null when it names
 *     the domain only by its name, which does not identify a private custom domain name
 */
public record ApiMapping(
    MappingKind kind, Syntax syntax, DomainName domain, Api api, String basePath, String domainNameId, Location location, String element) {}
