package io.github.apigwlint.model.build;

import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.Symbols;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Paths of REST resources, built from the {@code PathPart}/{@code ParentId} chain of {@code
 * AWS::ApiGateway::Resource}. A parent that is the API's {@code RootResourceId} is {@code /}.
 */
final class RestPaths {

  private static final String ROOT_SUFFIX = ".RootResourceId" + Symbols.CLOSE;

  private final Map<String, ObjectNode> resourcesById;
  private final Map<String, String> resolved = new HashMap<>();

  RestPaths(Map<String, ObjectNode> resourcesById) {
    this.resourcesById = resourcesById;
  }

  /** The path of the resource a method's {@code ResourceId} names; unknown parts stay symbolic. */
  String pathOf(String resourceId) {
    return pathOf(resourceId, new HashSet<>());
  }

  private String pathOf(String resourceId, Set<String> visiting) {
    if (resourceId == null) {
      return "/";
    }
    if (resourceId.endsWith(ROOT_SUFFIX)) {
      return "/";
    }
    String logicalId = logicalIdOf(resourceId);
    ObjectNode resource = logicalId == null ? null : resourcesById.get(logicalId);
    if (resource == null || !visiting.add(logicalId)) {
      return "/" + Symbols.opaque("resource path");
    }
    String cached = resolved.get(logicalId);
    if (cached != null) {
      return cached;
    }
    String parent = pathOf(Values.text(resource, "ParentId"), visiting);
    String part = Values.text(resource, "PathPart");
    String path = (parent.endsWith("/") ? parent : parent + "/") + (part == null ? Symbols.opaque("path part") : part);
    resolved.put(logicalId, path);
    return path;
  }

  private static String logicalIdOf(String symbol) {
    String prefix = Symbols.OPEN + Symbols.RESOURCE + ":";
    if (symbol.startsWith(prefix) && symbol.endsWith(String.valueOf(Symbols.CLOSE))) {
      return symbol.substring(prefix.length(), symbol.length() - 1);
    }
    return null;
  }
}
