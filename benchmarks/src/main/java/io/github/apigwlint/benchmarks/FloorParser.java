package io.github.apigwlint.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.apigwlint.source.FileKind;
import io.github.apigwlint.source.YamlLoader;
import io.github.apigwlint.source.hcl.HclLexer;
import io.github.apigwlint.source.hcl.HclParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The bare parse of one file, with no model built: Jackson's tokens for JSON, snakeyaml-engine's
 * node graph for YAML, the project's ANTLR parse tree for HCL. The parser is the one the linter
 * picks ({@link FileKind}): by extension, else by the first character.
 */
enum FloorParser {
  HCL {
    @Override
    void parse(String text) {
      HclLexer lexer = new HclLexer(CharStreams.fromString(text));
      lexer.removeErrorListeners();
      lexer.addErrorListener(STOP_AT_FIRST_ERROR);
      HclParser parser = new HclParser(new CommonTokenStream(lexer));
      parser.removeErrorListeners();
      parser.addErrorListener(STOP_AT_FIRST_ERROR);
      parser.configFile();
    }
  },
  JSON {
    @Override
    void parse(String text) {
      try (JsonParser parser = JSON_FACTORY.createParser(text)) {
        while (parser.nextToken() != null) {
          // every token read is the whole of the bare parse
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  },
  YAML {
    @Override
    void parse(String text) {
      new Compose(YAML_SETTINGS).composeString(text);
    }
  };

  private static final JsonFactory JSON_FACTORY = new JsonFactory();

  /** The linter's settings that change the work: marks kept, core schema, duplicate keys allowed. */
  private static final LoadSettings YAML_SETTINGS = LoadSettings.builder()
      .setUseMarks(true)
      .setSchema(new CoreSchema())
      .setAllowDuplicateKeys(true)
      .setCodePointLimit(YamlLoader.CODE_POINT_LIMIT)
      .build();

  private static final BaseErrorListener STOP_AT_FIRST_ERROR = new BaseErrorListener() {
    @Override
    public void syntaxError(
        Recognizer<?, ?> recognizer, Object symbol, int line, int column, String message, RecognitionException e) {
      throw new IllegalArgumentException("HCL: " + message + " at line " + line);
    }
  };

  /** Parses {@code text}; a text that is not valid throws a runtime exception. */
  abstract void parse(String text);

  static FloorParser of(Path file, String text) {
    return valueOf(FileKind.of(file).parser(text).name());
  }

  /** Whether {@code text} parses with the parser the linter would pick for {@code file}. */
  static boolean parses(Path file, String text) {
    try {
      of(file, text).parse(text);
      return true;
    } catch (RuntimeException notValid) {
      return false;
    }
  }
}
