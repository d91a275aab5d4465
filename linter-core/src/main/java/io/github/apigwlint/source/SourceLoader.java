package io.github.apigwlint.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads one file into a {@link SourceFile}: the parser is the one its name asks for (the first
 * character decides for other names), the {@link Format} that of its content (Terraform's files by
 * their names). A file that does not parse is a problem only when its name or the markers in its
 * text make it ours, else it is skipped with a note. Only a regular file is opened, and never through a
 * symbolic link: a FIFO or a device could block the read forever. Never throws for bad input: every
 * problem is a {@link LoadOutcome}. Stateless and thread-safe.
 */
public final class SourceLoader {

  public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

  /** How much of a file too large to read is searched for markers. */
  private static final int HEAD_BYTES = 1024 * 1024;

  public static boolean isCandidate(Path file) {
    return FileKind.of(file).isCandidate();
  }

  public LoadOutcome load(Path file, String displayPath) {
    FileKind kind = FileKind.of(file);
    Location wholeFile = Location.ofFile(displayPath);
    byte[] bytes;
    try {
      // checked right before it is opened: a FIFO or device would block the read, or never end it
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile()) {
        return failed("not a regular file", wholeFile);
      }
      long size = attributes.size();
      if (size > MAX_FILE_BYTES) {
        String tooLarge = "file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB (" + size + " bytes)";
        return problemOrNote(kind, readable(read(file, HEAD_BYTES)), new SourceProblem(tooLarge, wholeFile),
            tooLarge + ", and nothing in its first " + HEAD_BYTES / 1024 + " KB marks " + Format.ANY_OF_OURS);
      }
      bytes = read(file, (int) MAX_FILE_BYTES);
    } catch (IOException e) {
      return failed("cannot read file: " + ReadFailure.reason(e), wholeFile);
    }
    return load(file, displayPath, bytes, false);
  }

  /** Reads {@code bytes} as the content of {@code file}, which is not read: a document that is not a file. */
  public LoadOutcome load(Path file, String displayPath, byte[] bytes) {
    return load(file, displayPath, bytes, true);
  }

  /** @param keepText whether the file keeps its text, which cannot be read again */
  private LoadOutcome load(Path file, String displayPath, byte[] bytes, boolean keepText) {
    FileKind kind = FileKind.of(file);
    Location wholeFile = Location.ofFile(displayPath);
    String text = decodeText(bytes);
    if (text == null) {
      return problemOrNote(kind, readable(bytes), new SourceProblem("not a UTF-8 text file", wholeFile),
          "not a UTF-8 text file, and nothing in it marks " + Format.ANY_OF_OURS);
    }
    return parse(file, kind, displayPath, text, keepText);
  }

  private static LoadOutcome parse(Path file, FileKind kind, String displayPath, String text, boolean keepText) {
    FileKind.Parser parser = kind.parser(text);
    Node root;
    try {
      root = switch (parser) {
        case HCL -> HclLoader.parse(text, displayPath);
        case JSON -> JsonLoader.parse(text, displayPath);
        case YAML -> YamlLoader.parse(text, displayPath);
      };
    } catch (SourceParseException e) {
      return problemOrNote(kind, text, e.toProblem(),
          "not valid " + parser + " (" + where(e.location()) + e.getMessage() + "), and nothing in it marks " + Format.ANY_OF_OURS);
    } catch (LimitExceeded e) {
      return problemOrNote(kind, text, e.toProblem(Location.ofFile(displayPath)),
          "past a limit (" + where(e.location() == null ? Location.ofFile(displayPath) : e.location()) + e.getMessage()
              + "), and nothing in it marks " + Format.ANY_OF_OURS);
    }
    Optional<Format> terraform = kind.terraformFormat();
    if (terraform.isPresent() && !(root instanceof ObjectNode)) {
      return failed("Terraform's JSON syntax has an object at the top level", root.location());
    }
    Format format = terraform.orElseGet(() -> FormatDetector.detect(root));
    // the strings of Terraform's JSON configuration syntax are templates, read like those of a .tf file
    Node read = kind.isTerraformJsonConfiguration() ? HclLoader.withTemplates(root) : root;
    return new LoadOutcome.Loaded(new SourceFile(file, displayPath, keepText ? text : null, parser == FileKind.Parser.YAML, format, read));
  }

  /** The text without a byte-order mark, or null for binary content or invalid UTF-8. */
  private static String decodeText(byte[] bytes) {
    boolean ascii = true;
    for (byte b : bytes) {
      if (b == 0) {
        return null;
      }
      ascii &= b >= 0;
    }
    if (ascii) {
      // most templates are ASCII, which is UTF-8 as it stands: no decoder, no copy through a char buffer
      return new String(bytes, StandardCharsets.US_ASCII);
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      // one character for another: lines and columns stay as they are
      text = Symbols.literal(text);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * The problem, when the file's name or the markers in its text make it ours; else the file is
   * another tool's, passed over with {@code note}.
   */
  private static LoadOutcome problemOrNote(FileKind kind, String text, SourceProblem problem, String note) {
    return kind.isOursByName() || FormatDetector.markedInText(text) ? new LoadOutcome.Failed(problem) : new LoadOutcome.Skipped(note);
  }

  /**
   * At most {@code limit} bytes of {@code file}, which is opened only if it is no symbolic link; the
   * limit also holds for a file that grew since its size was read.
   */
  private static byte[] read(Path file, int limit) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(limit, channel.size()));
      boolean more = true;
      while (buffer.hasRemaining() && more) {
        more = channel.read(buffer) >= 0;
      }
      return buffer.hasRemaining() ? Arrays.copyOf(buffer.array(), buffer.position()) : buffer.array();
    }
  }

  /**
   * Text that is not UTF-8, made readable enough for markers: NUL bytes dropped (so UTF-16 text of
   * ASCII letters reads as ASCII), other invalid bytes replaced.
   */
  private static String readable(byte[] bytes) {
    ByteArrayOutputStream kept = new ByteArrayOutputStream(bytes.length);
    for (byte b : bytes) {
      if (b != 0) {
        kept.write(b);
      }
    }
    return kept.toString(StandardCharsets.UTF_8);
  }

  private static String where(Location location) {
    return location.isWholeFile() ? "" : "line " + location.line() + ", column " + location.column() + ": ";
  }

  private static LoadOutcome failed(String message, Location location) {
    return new LoadOutcome.Failed(new SourceProblem(message, location));
  }
}
