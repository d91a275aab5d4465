package io.github.apigwlint.model;

import io.github.apigwlint.source.Location;

/**
 * Something the workspace builder observed while reading infrastructure code that is not an element
 * of its own: SAM settings that generate nothing, a deployment that does not follow a policy. Rules
 * that own the problem report it; the builder only records it.
 *
 * @param kind the id of the rule that reports it
 * @param api the API it concerns, or null
 * @param detail a sentence for the finding
 */
public record ModelNote(String kind, Api api, String detail, Location location, String element) {}
