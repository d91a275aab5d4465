package io.github.apigwlint.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: into a temporary file in the same folder, then moved over the
 * file, so that a write that fails half-way (a full disk, a reporter that throws) leaves the previous
 * file as it was. Every report, baseline and cache file is written through it.
 */
public final class AtomicFile {

  /** What goes into the file. Need not flush or close {@code out}. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private AtomicFile() {}

  /** Writes {@code content} as UTF-8 to {@code file}, creating its folder. */
  public static void write(Path file, Content content) throws IOException {
    Path target = file.toAbsolutePath();
    Path folder = target.getParent();
    Files.createDirectories(folder);
    // not Files.createTempFile, whose owner-only permissions the report would keep
    String random = Long.toHexString(ThreadLocalRandom.current().nextLong());
    Path temporary = folder.resolve("." + target.getFileName() + "." + random + ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        content.writeTo(out);
      }
      move(temporary, target);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void move(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
