package io.github.apigwlint.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The bare-parse floor as a process of its own: walks the paths as the linter does, reads each file
 * and parses it ({@link FloorParser}) on all cores, as the linter reads its files, and builds
 * nothing. Run with the JVM options of the linter run it is compared with, so that both pay the
 * same JVM start-up.
 */
public final class ParseFloor {

  private ParseFloor() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: ParseFloor PATH...");
      System.exit(2);
    }
    List<Path> files = InputFiles.of(Arrays.stream(args).map(Path::of).toList(), Path.of("").toAbsolutePath());
    long invalid = files.parallelStream().filter(file -> !FloorParser.parses(file, read(file))).count();
    System.out.println("parse floor: " + files.size() + " files, " + invalid + " not valid");
  }

  static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
