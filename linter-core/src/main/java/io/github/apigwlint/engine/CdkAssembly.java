package io.github.apigwlint.engine;

import io.github.apigwlint.source.JsonLoader;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.SourceLoader;
import io.github.apigwlint.source.SourceProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A CDK cloud assembly ({@code cdk.out}): a folder whose {@code manifest.json} lists artifacts. Only
 * the templates of {@code aws:cloudformation:stack} artifacts are read, and nested assemblies
 * ({@code cdk:cloud-assembly}, the {@code assembly-*} folders of stages) are followed, each once;
 * asset folders and other files of the assembly are not templates and are skipped. A path a manifest
 * names outside the assembly's folder (symbolic links followed) is not read but reported: a manifest
 * is input like any other, and may be hostile.
 */
final class CdkAssembly {

  static final String MANIFEST = "manifest.json";

  private final Path folder;
  private final Path real;
  private final Function<Path, String> display;
  private final List<Path> templates = new ArrayList<>();
  private final List<SourceProblem> problems = new ArrayList<>();

  private CdkAssembly(Path folder, Path real, Function<Path, String> display) {
    this.folder = folder;
    this.real = real;
    this.display = display;
  }

  /** The assembly in {@code folder}, or empty when it is not one. */
  static Optional<CdkAssembly> in(Path folder, Function<Path, String> display) {
    Optional<ObjectNode> artifacts = artifacts(folder, display);
    if (artifacts.isEmpty()) {
      return Optional.empty();
    }
    CdkAssembly assembly;
    try {
      assembly = new CdkAssembly(folder, folder.toRealPath(), display);
    } catch (IOException e) {
      return Optional.empty();
    }
    assembly.read(artifacts.get());
    return Optional.of(assembly);
  }

  /** The stack templates of the assembly and of the assemblies nested in it, as paths under its folder. */
  List<Path> templates() {
    return templates;
  }

  /** The paths the manifests name outside the assembly. */
  List<SourceProblem> problems() {
    return problems;
  }

  private void read(ObjectNode topArtifacts) {
    Set<Path> read = new HashSet<>(Set.of(real));
    Deque<ObjectNode> pending = new ArrayDeque<>(List.of(topArtifacts));
    Deque<Path> folders = new ArrayDeque<>(List.of(real));
    while (!pending.isEmpty()) {
      ObjectNode artifacts = pending.pop();
      Path at = folders.pop();
      for (Map.Entry<String, Node> artifact : artifacts.entries().entrySet()) {
        if (!(artifact.getValue() instanceof ObjectNode body) || !(body.get("properties") instanceof ObjectNode properties)) {
          continue;
        }
        String type = text(body.get("type"));
        if ("aws:cloudformation:stack".equals(type)) {
          inside(at, artifact.getKey(), "templateFile", properties.get("templateFile"))
              .filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
              .map(this::spelled)
              .ifPresent(templates::add);
        } else if ("cdk:cloud-assembly".equals(type)) {
          Optional<Path> nested = inside(at, artifact.getKey(), "directoryName", properties.get("directoryName"));
          if (nested.isPresent() && read.add(nested.get())) {
            artifacts(spelled(nested.get()), display).ifPresent(more -> {
              pending.push(more);
              folders.push(nested.get());
            });
          }
        }
      }
    }
  }

  /** The real path {@code entry} names relative to {@code at}, when it exists inside the assembly; else a problem or nothing. */
  private Optional<Path> inside(Path at, String artifact, String property, Node entry) {
    String written = text(entry);
    if (written == null) {
      return Optional.empty();
    }
    Path target;
    try {
      target = at.resolve(written).toRealPath();
    } catch (IOException | InvalidPathException e) {
      return Optional.empty();
    }
    if (!target.startsWith(real)) {
      problems.add(new SourceProblem(
          "artifact '" + artifact + "' names " + property + " '" + written + "', outside the cloud assembly " + display.apply(folder)
              + ": not read", entry.location()));
      return Optional.empty();
    }
    return Optional.of(target);
  }

  /** A real path inside the assembly as a path under its folder as the walk spells it. */
  private Path spelled(Path inside) {
    return folder.resolve(real.relativize(inside));
  }

  private static Optional<ObjectNode> artifacts(Path folder, Function<Path, String> display) {
    Path manifest = folder.resolve(MANIFEST);
    try {
      BasicFileAttributes attributes = Files.readAttributes(manifest, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile() || attributes.size() > SourceLoader.MAX_FILE_BYTES) {
        return Optional.empty();
      }
      Node root = JsonLoader.parse(new String(Files.readAllBytes(manifest), StandardCharsets.UTF_8), display.apply(manifest));
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
