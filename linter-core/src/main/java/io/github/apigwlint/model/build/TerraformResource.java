package io.github.apigwlint.model.build;

import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One managed resource, as a plan shows it or a module's configuration writes it: what {@link
 * TerraformResourceReader} turns into the model.
 *
 * @param address its address, with the module path and an instance key where it has them
 * @param values its attribute values, resolved as far as the source decides them
 * @param unknown the attributes known only after apply
 * @param references per attribute (and {@code depends_on}), the references its expression makes:
 *     each traversal and the address it belongs to, as a plan's configuration lists them
 * @param configured whether its configuration, and so {@code references}, is known: false for a plan
 *     without the resource in its {@code configuration}
 */
record TerraformResource(
    String address, String type, ObjectNode values, Set<String> unknown, Map<String, List<String>> references, Location location,
    boolean configured) {}
