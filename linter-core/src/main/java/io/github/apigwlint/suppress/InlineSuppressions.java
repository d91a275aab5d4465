package io.github.apigwlint.suppress;

import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Extents;
import io.github.apigwlint.source.Format;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the suppressions written in a file:
 *
 * <ul>
 *   <li>CloudFormation and SAM: {@code Metadata: {apigw-lint: {ignore: [{id, reason}]}}} on a
 *       resource (covers that resource) or at the top of the template (covers the file);
 *   <li>OpenAPI, standalone or inline in a template: {@code x-apigw-lint-ignore: [{id, reason}]} on
 *       the document (covers the document) or on any object in it, such as a path or an operation.
 * </ul>
 *
 * An entry may also be a plain rule id, which then has no reason. A part of a file covers whole
 * lines, from the line of its key to its last line.
 */
public final class InlineSuppressions {

  public static final String METADATA_KEY = "apigw-lint";
  public static final String IGNORE_KEY = "ignore";
  public static final String OPENAPI_KEY = "x-apigw-lint-ignore";

  /** An entry that names no rule: it suppresses nothing, which is reported. */
  public record Malformed(Location location, String pointer, String problem) {}

  private final List<Suppression> suppressions = new ArrayList<>();
  private final List<Malformed> malformed = new ArrayList<>();

  private InlineSuppressions() {}

  /** The suppressions of one file, and the entries that could not be read. */
  public static InlineSuppressions of(SourceFile file) {
    InlineSuppressions found = new InlineSuppressions();
    if (file.root() instanceof ObjectNode root
        && (file.format() == Format.CLOUDFORMATION || file.format() == Format.OPENAPI)) {
      if (file.format() == Format.CLOUDFORMATION) {
        found.cloudFormation(file.displayPath(), root);
      }
      found.openApi(file.displayPath(), root, null, true);
    }
    return found;
  }

  public List<Suppression> suppressions() {
    return suppressions;
  }

  public List<Malformed> malformed() {
    return malformed;
  }

  private void cloudFormation(String file, ObjectNode root) {
    metadataIgnores(root).ifPresent(list -> entries(list, new Suppression.WholeFile(file), "template", file));
    if (root.get("Resources") instanceof ObjectNode resources) {
      for (Map.Entry<String, Node> resource : resources.entries().entrySet()) {
        if (resource.getValue() instanceof ObjectNode body) {
          metadataIgnores(body).ifPresent(list -> {
            Location start = resources.key(resource.getKey()).location();
            Location end = Extents.last(body);
            entries(
                list,
                new Suppression.Region(
                    file, start.line(), 1, end.line(), Integer.MAX_VALUE,
                    file + "#" + resource.getKey()),
                "resource " + resource.getKey(),
                file);
          });
        }
      }
    }
  }

  private static java.util.Optional<Node> metadataIgnores(ObjectNode owner) {
    if (owner.get("Metadata") instanceof ObjectNode metadata
        && metadata.get(METADATA_KEY) instanceof ObjectNode settings) {
      return java.util.Optional.ofNullable(settings.get(IGNORE_KEY));
    }
    return java.util.Optional.empty();
  }

  /** Every object holding {@code x-apigw-lint-ignore}; the file root covers the whole file. */
  private void openApi(String file, ObjectNode object, Location keyLocation, boolean isRoot) {
    Node ignores = object.get(OPENAPI_KEY);
    if (ignores != null) {
      Suppression.Scope scope;
      String where;
      if (isRoot) {
        scope = new Suppression.WholeFile(file);
        where = "document";
      } else {
        Location start = keyLocation != null ? keyLocation : object.location();
        Location end = Extents.last(object);
        scope = new Suppression.Region(file, start.line(), 1, end.line(), Integer.MAX_VALUE, null);
        where = object.pointer().isEmpty() ? "document" : object.pointer();
      }
      entries(ignores, scope, where, file);
    }
    for (Map.Entry<String, Node> entry : object.entries().entrySet()) {
      Node value = entry.getValue();
      if (value instanceof ObjectNode child) {
        openApi(file, child, object.key(entry.getKey()).location(), false);
      } else if (value instanceof ArrayNode array) {
        for (Node item : array.items()) {
          if (item instanceof ObjectNode child) {
            openApi(file, child, null, false);
          }
        }
      }
    }
  }

  private void entries(Node list, Suppression.Scope scope, String where, String file) {
    if (!(list instanceof ArrayNode array)) {
      malformed.add(new Malformed(list.location(), list.pointer(), "the ignore list of " + where + " is not a list"));
      return;
    }
    for (Node item : array.items()) {
      if (item instanceof ScalarNode scalar && scalar.isString() && !scalar.text().isBlank()) {
        suppressions.add(new Suppression(scalar.text().strip(), null, scope, item.location(), where));
      } else if (item instanceof ObjectNode entry
          && entry.get("id") instanceof ScalarNode id
          && id.isString()
          && !id.text().isBlank()) {
        String reason =
            entry.get("reason") instanceof ScalarNode text && !text.isNull() && !text.text().isBlank()
                ? text.text().strip()
                : null;
        suppressions.add(new Suppression(id.text().strip(), reason, scope, item.location(), where));
      } else {
        malformed.add(
            new Malformed(item.location(), item.pointer(), "an ignore entry of " + where + " names no rule id"));
      }
    }
  }
}
