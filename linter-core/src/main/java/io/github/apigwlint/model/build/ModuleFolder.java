package io.github.apigwlint.model.build;

import io.github.apigwlint.source.SourceFile;
import io.github.apigwlint.source.Symbols;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a Terraform module lies: {@code path.module} is its folder relative to the root module's,
 * where {@code terraform} runs ({@code path.root} is {@code .}, {@code path.cwd} that folder), and
 * the paths that {@code file} and {@code templatefile} read are relative to it.
 *
 * @param root the root module's folder, absolute
 * @param module this module's folder, absolute
 */
record ModuleFolder(Path root, Path module, LocalFiles files) {

  /** The value of {@code path.module} or {@code path.root}; empty for {@code path.cwd}, an absolute path of this machine. */
  Optional<String> path(String name) {
    return switch (name) {
      case "module" -> Optional.of(root.equals(module) ? "." : root.relativize(module).toString().replace('\\', '/'));
      case "root" -> Optional.of(".");
      default -> Optional.empty();
    };
  }

  /** The file a path evaluated in this module names; empty when the path is not known or the file not read. */
  Optional<SourceFile> read(String path) {
    String written = path.replace(Symbols.opaque("path.cwd"), ".");
    if (Symbols.isSymbolic(written)) {
      return Optional.empty();
    }
    try {
      return files.at(root.resolve(written).normalize());
    } catch (InvalidPathException notAPath) {
      return Optional.empty();
    }
  }
}
