package io.github.apigwlint.model;

import io.github.apigwlint.source.Location;
import java.util.List;

/**
 * An OpenAPI definition of an API (a {@code Body}, a {@code DefinitionBody}, a Terraform {@code body},
 * a standalone file), as far as rules need to know how it is written.
 *
 * @param version the {@code openapi} or {@code swagger} version as written, or null
 * @param topLevelEndpointConfiguration where {@code x-amazon-apigateway-endpoint-configuration} is
 *     written at the top level of the definition, or null when it is not
 * @param topLevelEndpointSettings the keys of that top-level endpoint configuration
 */
public record ApiDefinition(
    Api api, String version, Location topLevelEndpointConfiguration, List<String> topLevelEndpointSettings) {

  public ApiDefinition {
    topLevelEndpointSettings = List.copyOf(topLevelEndpointSettings);
  }

  public boolean isOpenApi3() {
    return version != null && version.trim().startsWith("3");
  }
}
