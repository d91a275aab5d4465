package io.github.apigwlint.model.build;

import io.github.apigwlint.source.Budget;
import io.github.apigwlint.source.LimitExceeded;
import io.github.apigwlint.source.Limits.Limit;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.SourceProblem;
import io.github.apigwlint.source.Symbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Paths of REST resources, built from the {@code PathPart}/{@code ParentId} chain of {@code
 * AWS::ApiGateway::Resource}. A parent that is the API's {@code RootResourceId} is {@code /}.
 */
final class RestPaths {

  private static final String ROOT_SUFFIX = ".RootResourceId" + Symbols.CLOSE;

  private final Map<String, ObjectNode> resourcesById;
  private final Map<String, String> resolved = new HashMap<>();
  private final Consumer<SourceProblem> problems;
  /** The characters of the paths built, which a chain of long parts could make quadratic. */
  private long characters;

  RestPaths(Map<String, ObjectNode> resourcesById, Consumer<SourceProblem> problems) {
    this.resourcesById = resourcesById;
    this.problems = problems;
  }

  /**
   * The path of the resource a method's {@code ResourceId} names; unknown parts stay symbolic. A
   * chain of parents longer than the run's {@link Limit#REFERENCE_CHAIN} leaves the paths along it
   * unknown, a {@code limit-exceeded} problem where it goes past.
   */
  String pathOf(String resourceId) {
    List<String> chain = new ArrayList<>();
    Set<String> visiting = new HashSet<>();
    String id = resourceId;
    while (id != null && !id.endsWith(ROOT_SUFFIX)) {
      Budget.checkTime();
      String logicalId = logicalIdOf(id);
      ObjectNode resource = logicalId == null ? null : resourcesById.get(logicalId);
      if (resource == null || !visiting.add(logicalId)) {
        return below("/" + Symbols.opaque("resource path"), chain);
      }
      if (resolved.containsKey(logicalId)) {
        return below(resolved.get(logicalId), chain);
      }
      if (chain.size() == Budget.limits().count(Limit.REFERENCE_CHAIN)) {
        return tooLong(chain, logicalId, resource);
      }
      chain.add(logicalId);
      id = Values.text(resource, "ParentId");
    }
    return below("/", chain);
  }

  /** The paths of {@code chain}, each below the next, the last below {@code parent}. */
  private String below(String parent, List<String> chain) {
    String path = parent;
    for (int i = chain.size() - 1; i >= 0; i--) {
      String part = Values.text(resourcesById.get(chain.get(i)), "PathPart");
      String above = path.endsWith("/") ? path : path + "/";
      String written = part == null ? Symbols.opaque("path part") : part;
      characters += above.length() + written.length();
      LimitExceeded.check(Limit.STRING_LENGTH, characters, "the paths of the template's API Gateway resources, together",
          resourcesById.get(chain.get(i)).location());
      path = above + written;
      resolved.put(chain.get(i), path);
    }
    return path;
  }

  private String tooLong(List<String> chain, String last, ObjectNode resource) {
    String unknown = "/" + Symbols.opaque("resource path");
    chain.forEach(id -> resolved.put(id, unknown));
    LimitExceeded tooLong = new LimitExceeded(Limit.REFERENCE_CHAIN, Budget.limits().get(Limit.REFERENCE_CHAIN),
        "the ParentId chain of " + (chain.isEmpty() ? last : chain.get(0)), resource.location());
    problems.accept(tooLong.toProblem(resource.location(), resource.pointer()));
    return unknown;
  }

  private static String logicalIdOf(String symbol) {
    String prefix = Symbols.OPEN + Symbols.RESOURCE + ":";
    if (symbol.startsWith(prefix) && symbol.endsWith(String.valueOf(Symbols.CLOSE))) {
      return symbol.substring(prefix.length(), symbol.length() - 1);
    }
    return null;
  }
}
