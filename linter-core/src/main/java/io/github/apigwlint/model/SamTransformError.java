package io.github.apigwlint.model;

import io.github.apigwlint.source.Location;

/**
 * A setting of a SAM resource that SAM's transform refuses: the transform fails with {@code message}
 * and CloudFormation neither creates nor updates the stack.
 *
 * @param api the API the setting shapes
 * @param setting the property as written ({@code Auth.ResourcePolicy.SourceVpcWhitelist})
 * @param message SAM's own error text
 * @param cause what SAM refuses in the input ({@code item 1 of SourceVpcWhitelist is written with Fn::Sub})
 * @param accepted what SAM accepts there instead, for fixes
 * @param location where the refused value is written
 */
public record SamTransformError(Api api, String setting, String message, String cause, String accepted, Location location) {}
