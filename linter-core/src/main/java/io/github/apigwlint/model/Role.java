package io.github.apigwlint.model;

import io.github.apigwlint.source.Location;

/** An IAM role; {@code arn} is literal or symbolic ({@code Symbols.attribute(id, "Arn")}). */
public record Role(String name, String arn, String account, Location location, String element) {}
