package io.github.apigwlint.model.build;

import io.github.apigwlint.source.SourceFile;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files a configuration reads by their path (Terraform's {@code file} and {@code
 * templatefile}), each read once per run; empty for a file outside the checked folders, missing or
 * not parsed.
 */
@FunctionalInterface
public interface LocalFiles {

  /** No file is read: every value read from a file stays unknown. */
  LocalFiles NONE = file -> Optional.empty();

  /** The file at {@code file} (absolute), read. */
  Optional<SourceFile> at(Path file);
}
