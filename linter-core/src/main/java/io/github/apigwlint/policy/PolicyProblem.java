package io.github.apigwlint.policy;

import io.github.apigwlint.source.Location;

/** A grammar problem of a policy document, at the exact place it was written. */
public record PolicyProblem(String message, Location location) {}
