package io.github.apigwlint.engine;

import io.github.apigwlint.rule.Finding;
import io.github.apigwlint.source.Extents;
import io.github.apigwlint.source.Format;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.SourceFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names the CDK construct behind a finding in synthesized templates: CDK users know their
 * constructs, not the logical ids CDK generated. A resource's {@code aws:cdk:path} metadata covers
 * the lines of the resource.
 */
final class ConstructPaths {

  private static final String CDK_PATH = "aws:cdk:path";

  private record Span(int firstLine, int lastLine, String path) {}

  private final Map<String, List<Span>> spansByFile = new HashMap<>();

  ConstructPaths(Collection<SourceFile> files) {
    for (SourceFile file : files) {
      if (file.format() == Format.CLOUDFORMATION && file.root() instanceof ObjectNode root
          && root.get("Resources") instanceof ObjectNode resources) {
        List<Span> spans = new ArrayList<>();
        for (Map.Entry<String, Node> resource : resources.entries().entrySet()) {
          constructPath(resource.getValue()).ifPresent(path -> spans.add(new Span(
              resources.key(resource.getKey()).location().line(), Extents.last(resource.getValue()).line(), path)));
        }
        if (!spans.isEmpty()) {
          spansByFile.put(file.displayPath(), spans);
        }
      }
    }
  }

  private static java.util.Optional<String> constructPath(Node resource) {
    if (resource instanceof ObjectNode body
        && body.get("Metadata") instanceof ObjectNode metadata
        && metadata.get(CDK_PATH) instanceof ScalarNode path) {
      return java.util.Optional.of(path.text());
    }
    return java.util.Optional.empty();
  }

  /** The finding with the construct its location lies in, if any. */
  Finding annotate(Finding finding) {
    Location where = finding.location();
    for (Span span : spansByFile.getOrDefault(where.file(), List.of())) {
      if (where.line() >= span.firstLine() && where.line() <= span.lastLine()) {
        return finding.inConstruct(span.path());
      }
    }
    return finding;
  }
}
