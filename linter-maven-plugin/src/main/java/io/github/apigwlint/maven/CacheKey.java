package io.github.apigwlint.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The identity of a run's inputs: named settings and file contents, hashed in name order so that
 * the order they were added in does not matter. Two runs with the same key give the same result.
 */
final class CacheKey {

  private final Map<String, String> entries = new TreeMap<>();

  /** A setting: configuration, plugin version, rule ids, report formats, ... */
  CacheKey put(String name, String value) {
    entries.put("setting:" + name, String.valueOf(value));
    return this;
  }

  /** An input file, by the name it is shown under and the hash of its bytes. */
  CacheKey putFile(String name, Path file) throws IOException {
    entries.put("file:" + name, sha256(Files.readAllBytes(file)));
    return this;
  }

  /** The SHA-256 of every entry, as hex. */
  String value() {
    StringBuilder all = new StringBuilder();
    entries.forEach((name, value) ->
        all.append(name.length()).append(':').append(name).append('=')
            .append(value.length()).append(':').append(value).append('\n'));
    return sha256(all.toString().getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
