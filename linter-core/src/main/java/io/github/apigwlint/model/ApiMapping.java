package io.github.apigwlint.model;

import io.github.apigwlint.source.Location;

/** A base path mapping (v1, v2 for private domains) or an API mapping (ApiGatewayV2). */
public record ApiMapping(
    String resourceType, DomainName domain, Api api, String basePath, Location location, String element) {}
