package io.github.apigwlint.model.build;

import io.github.apigwlint.source.ObjectNode;

/** A {@code resource} or {@code data} block of a module, as written. */
record TerraformBlock(String address, String type, String name, ObjectNode body) {}
