package io.github.apigwlint.model;

import io.github.apigwlint.source.Location;

/**
 * A stage of an API: the name requests carry in their execute-api ARN ({@code …/prod/GET/pets}).
 *
 * @param name literal, or a symbol when the input does not fix it
 * @param location where the stage is declared (a Stage resource, a SAM {@code StageName})
 * @param element the logical identity of its declaration
 */
public record Stage(String name, Location location, String element) {}
