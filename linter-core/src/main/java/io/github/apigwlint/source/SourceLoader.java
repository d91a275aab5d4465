package io.github.apigwlint.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one file into a {@link SourceFile}, deciding JSON or YAML and the {@link Format} by content.
 * Never throws for bad input: every problem is a {@link LoadOutcome}. Stateless and thread-safe.
 */
public final class SourceLoader {

  public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

  private static final Set<String> EXTENSIONS = Set.of(".json", ".yaml", ".yml", ".template", ".tf", ".tfvars");

  /** Text that suggests a file was meant as one of our formats, so a parse failure is worth a finding. */
  private static final List<String> OUR_MARKERS =
      List.of("AWSTemplateFormatVersion", "Resources", "\"Statement\"", "Statement:", "swagger", "openapi");

  public static boolean isCandidate(Path file) {
    return EXTENSIONS.contains(extension(file));
  }

  public LoadOutcome load(Path file, String displayPath) {
    Location wholeFile = Location.ofFile(displayPath);
    String text;
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        return failed("file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB (" + size + " bytes)", wholeFile);
      }
      text = decodeText(Files.readAllBytes(file));
    } catch (IOException e) {
      return failed("cannot read file: " + e.getMessage(), wholeFile);
    }
    if (text == null) {
      return isCandidate(file)
          ? failed("not a UTF-8 text file", wholeFile)
          : new LoadOutcome.Skipped("not a UTF-8 text file");
    }
    return parse(file, displayPath, text);
  }

  private static LoadOutcome parse(Path file, String displayPath, String text) {
    if (extension(file).equals(".tf") || extension(file).equals(".tfvars")) {
      try {
        return new LoadOutcome.Loaded(
            new SourceFile(file, displayPath, text, false, Format.TERRAFORM_CONFIG, HclLoader.parse(text, displayPath)));
      } catch (SourceParseException e) {
        return new LoadOutcome.Failed(e.toProblem());
      }
    }
    boolean yaml = !startsLikeJson(text);
    try {
      Node root = yaml ? YamlLoader.parse(text, displayPath) : JsonLoader.parse(text, displayPath);
      Format format = FormatDetector.detect(root);
      // the strings of Terraform's JSON syntax are templates, read like those of a .tf file
      Node read = format == Format.TERRAFORM_CONFIG ? HclLoader.withTemplates(root) : root;
      return new LoadOutcome.Loaded(new SourceFile(file, displayPath, text, yaml, format, read));
    } catch (SourceParseException e) {
      if (looksLikeOurs(file, text)) {
        return new LoadOutcome.Failed(e.toProblem());
      }
      return new LoadOutcome.Skipped("not a recognised format: " + e.getMessage());
    }
  }

  /** The text without a byte-order mark, or null for binary content or invalid UTF-8. */
  private static String decodeText(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return null;
      }
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean startsLikeJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '{' || c == '[';
      }
    }
    return false;
  }

  private static boolean looksLikeOurs(Path file, String text) {
    return extension(file).equals(".json") || OUR_MARKERS.stream().anyMatch(text::contains);
  }

  private static LoadOutcome failed(String message, Location location) {
    return new LoadOutcome.Failed(new SourceProblem(message, location));
  }

  private static String extension(Path file) {
    Path name = file.getFileName();
    String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    int dot = text.lastIndexOf('.');
    return dot < 0 ? "" : text.substring(dot);
  }
}
