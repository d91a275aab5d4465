package io.github.apigwlint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/** The one JSON layout of every JSON-based report: two-space indent, {@code \n}, stable on every OS. */
final class JsonOutput {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private JsonOutput() {}

  /** A generator over {@code out}; closing it flushes but leaves {@code out} open. */
  static JsonGenerator open(Writer out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(separators)
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    return FACTORY.createGenerator(out).setPrettyPrinter(printer);
  }

  /** Ends the document with a newline, as text files should. */
  static void finish(JsonGenerator json, Writer out) throws IOException {
    json.close();
    out.write('\n');
    out.flush();
  }
}
