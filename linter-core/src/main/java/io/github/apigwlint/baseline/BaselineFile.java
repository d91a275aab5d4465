package io.github.apigwlint.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.JsonLoader;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.SourceParseException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline as a JSON file, meant to be committed and reviewed:
 *
 * <pre>
 * {
 *   "version": 2,
 *   "findings": [
 *     {"ruleId": "…", "subject": "…", "file": "…", "message": "…",
 *      "reason": "optional", "expires": "2027-01-31 (optional)"}
 *   ]
 * }
 * </pre>
 *
 * <p>Version 2 entries name the finding's identity, rule and subject ({@code Finding#identity()});
 * version 1 (and files without a version) held a hash of a free-text element that several findings
 * could share, so such a file is refused rather than read as matching nothing or too much.
 */
public final class BaselineFile {

  public static final int VERSION = 2;

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private BaselineFile() {}

  public static Baseline read(Path file, String label) throws BaselineException {
    String text;
    try {
      text = Files.readString(file);
    } catch (CharacterCodingException e) {
      throw new BaselineException(label + ": not valid UTF-8");
    } catch (IOException e) {
      throw new BaselineException(label + ": cannot read: " + e.getMessage(), e);
    }
    return parse(text, label);
  }

  /** @throws OutdatedBaselineException for a baseline of an earlier format, to be regenerated */
  public static Baseline parse(String text, String label) throws BaselineException {
    Node root;
    try {
      root = JsonLoader.parse(text, label);
    } catch (SourceParseException e) {
      throw new BaselineException(label + ": not a baseline: " + e.getMessage(), e);
    }
    if (!(root instanceof ObjectNode top) || !(top.get("findings") instanceof ArrayNode items)) {
      throw new BaselineException(label + ": not a baseline: expected an object with a \"findings\" list");
    }
    String version = text(top, "version");
    if (version == null || version.equals("1")) {
      throw new OutdatedBaselineException(
          label + ": this baseline was written by an earlier apigw-lint (format version 1), whose fingerprints"
              + " do not identify findings one by one; regenerate it with `apigw-lint baseline --output " + label
              + "` and review the new file (reasons and expiry dates are not carried over)");
    }
    if (!version.equals(String.valueOf(VERSION))) {
      throw new BaselineException(
          label + ": baseline version " + version + " is not supported (expected " + VERSION + ")");
    }
    List<Baseline.Entry> entries = new ArrayList<>();
    for (Node item : items.items()) {
      if (!(item instanceof ObjectNode entry)) {
        throw new BaselineException(item.location() + ": expected an object");
      }
      String ruleId = text(entry, "ruleId");
      String subject = text(entry, "subject");
      if (ruleId == null || ruleId.isBlank() || subject == null || subject.isBlank()) {
        throw new BaselineException(item.location() + ": entry without \"ruleId\" and \"subject\"");
      }
      String expires = text(entry, "expires");
      LocalDate date = null;
      if (expires != null) {
        try {
          date = LocalDate.parse(expires);
        } catch (DateTimeParseException e) {
          throw new BaselineException(
              entry.get("expires").location() + ": \"" + expires + "\" is not a date such as 2027-01-31");
        }
      }
      entries.add(
          new Baseline.Entry(
              ruleId,
              subject,
              text(entry, "file"),
              text(entry, "message"),
              text(entry, "reason"),
              date));
    }
    return new Baseline(entries);
  }

  private static String text(ObjectNode entry, String key) {
    return entry.get(key) instanceof ScalarNode scalar && !scalar.isNull() ? scalar.text() : null;
  }

  /** Writes the baseline with two-space indent and {@code \n}, the same on every OS. */
  public static void write(Baseline baseline, Writer out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    JsonGenerator json =
        FACTORY.createGenerator(out)
            .setPrettyPrinter(
                new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter));
    json.writeStartObject();
    json.writeNumberField("version", VERSION);
    json.writeArrayFieldStart("findings");
    for (Baseline.Entry entry : baseline.entries()) {
      json.writeStartObject();
      json.writeStringField("ruleId", entry.ruleId());
      json.writeStringField("subject", entry.subject());
      json.writeStringField("file", entry.file());
      json.writeStringField("message", entry.message());
      if (entry.reason() != null) {
        json.writeStringField("reason", entry.reason());
      }
      if (entry.expires() != null) {
        json.writeStringField("expires", entry.expires().toString());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.close();
    out.write('\n');
    out.flush();
  }
}
