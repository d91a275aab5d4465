package io.github.apigwlint.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * A parsed input file.
 *
 * @param path where it was read from
 * @param displayPath the path shown to users and written in reports (relative to the working
 *     directory where possible, with {@code /} separators)
 * @param text the whole text of a document that cannot be read again (standard input); null for a
 *     file, whose text is not kept once parsed: a run holds every tree at once, and the texts were a
 *     sixth of its heap
 * @param yaml whether the text is YAML (else JSON)
 */
public record SourceFile(Path path, String displayPath, String text, boolean yaml, Format format, Node root) {

  /**
   * The text: the one kept, else the file's as it is now (a file changed since it was read gives its
   * new text); null when it cannot be read.
   */
  public String content() {
    if (text != null) {
      return text;
    }
    if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      return null;  // replaced since it was read, by something whose read could block or never end
    }
    try {
      String now = Files.readString(path, StandardCharsets.UTF_8);
      return now.startsWith("\uFEFF") ? now.substring(1) : now;
    } catch (IOException e) {
      return null;
    }
  }

  /** The lines of {@link #content()}, for source lines in reports; none when it cannot be read. */
  public List<String> lines() {
    String content = content();
    return content == null ? List.of() : content.lines().toList();
  }
}
