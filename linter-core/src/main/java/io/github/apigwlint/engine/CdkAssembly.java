package io.github.apigwlint.engine;

import io.github.apigwlint.source.JsonLoader;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A CDK cloud assembly ({@code cdk.out}): a folder whose {@code manifest.json} lists artifacts. Only
 * the templates of {@code aws:cloudformation:stack} artifacts are read, and nested assemblies
 * ({@code cdk:cloud-assembly}, the {@code assembly-*} folders of stages) are followed; asset folders
 * and other files of the assembly are not templates and are skipped.
 */
final class CdkAssembly {

  static final String MANIFEST = "manifest.json";

  private CdkAssembly() {}

  /** The stack templates of the assembly in {@code folder}, or empty when it is not one. */
  static Optional<List<Path>> templates(Path folder) {
    Optional<ObjectNode> artifacts = artifacts(folder);
    if (artifacts.isEmpty()) {
      return Optional.empty();
    }
    List<Path> templates = new ArrayList<>();
    for (Node artifact : artifacts.get().entries().values()) {
      if (!(artifact instanceof ObjectNode body) || !(body.get("properties") instanceof ObjectNode properties)) {
        continue;
      }
      String type = text(body.get("type"));
      if ("aws:cloudformation:stack".equals(type)) {
        Optional.ofNullable(text(properties.get("templateFile"))).map(folder::resolve).filter(Files::isRegularFile)
            .ifPresent(templates::add);
      } else if ("cdk:cloud-assembly".equals(type)) {
        Optional.ofNullable(text(properties.get("directoryName"))).map(folder::resolve)
            .flatMap(CdkAssembly::templates).ifPresent(templates::addAll);
      }
    }
    return Optional.of(templates);
  }

  private static Optional<ObjectNode> artifacts(Path folder) {
    Path manifest = folder.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return Optional.empty();
    }
    try {
      Node root = JsonLoader.parse(Files.readString(manifest), manifest.toString());
      return root instanceof ObjectNode object && object.get("artifacts") instanceof ObjectNode artifacts
          ? Optional.of(artifacts)
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String text(Node node) {
    return node instanceof ScalarNode scalar ? scalar.text() : null;
  }
}
