package io.github.apigwlint.source;

import io.github.apigwlint.source.hcl.HclParser;
import io.github.apigwlint.source.hcl.HclLexer;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;

/**
 * Reads a Terraform file in HCL native syntax into the located tree of Terraform's JSON syntax
 * ({@code .tf.json}): {@code resource "type" "name" {…}} becomes {@code {"resource": {"type":
 * {"name": {…}}}}}, nested blocks become arrays of objects, and an expression that is not a literal
 * becomes the template string {@code "${…}"} of its source text. Every value keeps its line and column.
 */
public final class HclLoader {

  private HclLoader() {}

  public static ObjectNode parse(String text, String file) throws SourceParseException {
    ThrowingListener errors = new ThrowingListener(file);
    HclLexer lexer = new HclLexer(CharStreams.fromString(text, file));
    lexer.removeErrorListeners();
    lexer.addErrorListener(errors);
    HclParser parser = new HclParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.addErrorListener(errors);
    HclParser.ConfigFileContext tree = parser.configFile();
    return new HclTreeBuilder(file).file(tree);
  }

  private static final class ThrowingListener extends BaseErrorListener {
    private final String file;

    ThrowingListener(String file) {
      this.file = file;
    }

    @Override
    public void syntaxError(
        Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String message, RecognitionException e) {
      throw new SourceParseException("HCL: " + message, new Location(file, line, column + 1));
    }
  }
}
