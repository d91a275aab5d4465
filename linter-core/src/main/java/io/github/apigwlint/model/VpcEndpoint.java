package io.github.apigwlint.model;

import io.github.apigwlint.source.Location;

/** An interface VPC endpoint; {@code id} is literal or the resource symbol. */
public record VpcEndpoint(String id, String serviceName, String vpcId, Location location, String element) {}
