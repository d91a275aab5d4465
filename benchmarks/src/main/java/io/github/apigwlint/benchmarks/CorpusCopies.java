package io.github.apigwlint.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The copies of the corpus the benchmark reads besides the corpus itself, all in its temp folder. */
final class CorpusCopies {

  private CorpusCopies() {}

  /**
   * The name of {@code file} in a flat copy of {@code root}: its path below the root with each
   * separator made {@code __}, so that names stay unique and keep their extension.
   */
  static String flatName(Path root, Path file) {
    Path relative = file.startsWith(root) ? root.relativize(file) : file.getFileName();
    return relative.toString().replace(relative.getFileSystem().getSeparator(), "__");
  }

  /** Copies {@code files} of {@code root} into {@code target}, one folder, under their flat names. */
  static void flatten(Path root, List<Path> files, Path target) {
    Set<String> taken = new HashSet<>();
    for (Path file : files) {
      String name = flatName(root, file);
      for (int i = 2; !taken.add(name); i++) {
        name = i + "-" + flatName(root, file);
      }
      copy(file, target.resolve(name));
    }
  }

  /** {@code count} copies of the tree at {@code root} side by side: {@code target/copy-1}, {@code copy-2}, ... */
  static void sideBySide(Path root, int count, Path target) {
    for (int i = 1; i <= count; i++) {
      Path copy = target.resolve("copy-" + i);
      try (Stream<Path> tree = Files.walk(root)) {
        tree.filter(Files::isRegularFile).forEach(file -> copy(file, copy.resolve(root.relativize(file).toString())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static void copy(Path file, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Files.copy(file, to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> tree = Files.walk(folder)) {
      for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
