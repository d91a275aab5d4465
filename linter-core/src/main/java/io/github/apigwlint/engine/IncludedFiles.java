package io.github.apigwlint.engine;

import io.github.apigwlint.model.build.LocalFiles;
import io.github.apigwlint.source.LoadOutcome;
import io.github.apigwlint.source.SourceFile;
import io.github.apigwlint.source.SourceLoader;
import io.github.apigwlint.source.SourceProblem;
import io.github.apigwlint.source.cfn.IncludeTransform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The files templates include with a local {@code AWS::Include} location, and those Terraform's
 * {@code file} and {@code templatefile} read, each read once per run
 * through the same loader as every input (a file the run reads anyway is not read again). Only files
 * inside the checked folders are read (a named file's folder counts): a location that leaves them
 * is not followed.
 */
final class IncludedFiles implements IncludeTransform.Snippets, LocalFiles {

  private final List<Path> roots;
  private final Map<Path, LoadOutcome> outcomes = new HashMap<>();
  private final Function<Path, String> display;
  private final SourceLoader loader = new SourceLoader();
  /** The files that failed to parse when read here, by real path. */
  private final Map<Path, SourceProblem> failures = new HashMap<>();
  /** The files {@code AWS::Include} locations named, by real path. */
  private final Set<Path> includes = new LinkedHashSet<>();
  private final Set<Path> named = new LinkedHashSet<>();

  /**
   * @param checked the files and folders of the run, absolute
   * @param read what the run read already, by absolute path
   */
  IncludedFiles(List<Path> checked, Map<Path, LoadOutcome> read, Function<Path, String> display) {
    this.roots = checked.stream().map(p -> Files.isRegularFile(p) ? p.getParent() : p).map(IncludedFiles::real).toList();
    read.forEach((path, outcome) -> outcomes.put(real(path), outcome));
    this.display = display;
  }

  @Override
  public Optional<SourceFile> near(SourceFile template, String location) {
    Path folder = template.path().toAbsolutePath().getParent();
    try {
      Path written = folder.resolve(location).normalize();
      includes.add(real(written));
      return at(written);
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<SourceFile> at(Path written) {
    Path file = real(written);
    if (roots.stream().noneMatch(file::startsWith) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    named.add(written);
    // the real path is read, the one checked: the written one may lead elsewhere through a link changed since
    LoadOutcome outcome = outcomes.computeIfAbsent(file, f -> load(f, written));
    return outcome instanceof LoadOutcome.Loaded loaded ? Optional.of(loaded.file()) : Optional.empty();
  }

  /** Every file a local location of the run named, read or not parsed. */
  Set<Path> named() {
    return named;
  }

  /**
   * Why files that templates include and the run did not read otherwise could not be parsed; a
   * Terraform template ({@code .json.tpl}) need not parse before it is rendered, and one that does not is unknown.
   */
  List<SourceProblem> problems() {
    return includes.stream().map(failures::get).filter(java.util.Objects::nonNull).toList();
  }

  private LoadOutcome load(Path real, Path written) {
    LoadOutcome outcome = loader.load(real, display.apply(written));
    if (outcome instanceof LoadOutcome.Failed failed) {
      failures.put(real, failed.problem());
    }
    return outcome;
  }

  /** The path with symbolic links followed, so that a link cannot lead out of the checked folders. */
  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
