package io.github.apigwlint.source;

import io.github.apigwlint.source.hcl.HclLexer;
import io.github.apigwlint.source.hcl.HclParser;
import java.util.Map;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;

/**
 * Reads a Terraform file in HCL native syntax into the located tree of Terraform's JSON syntax
 * ({@code .tf.json}): {@code resource "type" "name" {…}} becomes {@code {"resource": {"type":
 * {"name": {…}}}}}, nested blocks become arrays of objects, literals become scalars, tuples and
 * objects, and every other expression an {@link HclExpression}. Every value keeps its line and column.
 */
public final class HclLoader {

  private HclLoader() {}

  public static ObjectNode parse(String text, String file) throws SourceParseException {
    HclTreeBuilder.Locator locator = HclTreeBuilder.Locator.inFile(file);
    HclDepthBoundParser parser = parser(text, file, new Location(file, 1, 1), locator, false);
    HclParser.ConfigFileContext tree = parser.configFile();
    return parser.building(() -> new HclTreeBuilder(file, locator).file(tree));
  }

  /**
   * A tree of Terraform's JSON syntax (a {@code .tf.json} file, a JSON heredoc) with its strings
   * read as the templates Terraform reads them as; a string that is not a valid template stays opaque.
   */
  public static Node withTemplates(Node node) {
    if (node instanceof ObjectNode object) {
      ObjectNode copy = new ObjectNode(object.location(), object.path());
      for (Map.Entry<String, Node> entry : object.entries().entrySet()) {
        copy.put(object.key(entry.getKey()), withTemplates(entry.getValue()));
      }
      object.duplicates().forEach(copy::recordDuplicate);
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = new ArrayNode(array.location(), array.path());
      array.items().forEach(item -> copy.add(withTemplates(item)));
      return copy;
    }
    if (node instanceof ScalarNode scalar && scalar.isString()
        && (scalar.text().contains("${") || scalar.text().contains("%{"))) {
      try {
        return template(scalar.text(), HclTreeBuilder.Locator.at(scalar.location()), scalar.location(), scalar.pointer());
      } catch (SourceParseException notATemplate) {
        return ScalarNode.string(Symbols.opaque(scalar.text()), scalar.location(), scalar.path());
      }
    }
    return node;
  }

  /** A template without quotes (a heredoc's body, a JSON-syntax string), its parts placed by {@code locator}. */
  static Node template(String text, HclTreeBuilder.Locator locator, Location at, String pointer) throws SourceParseException {
    HclDepthBoundParser parser = parser(text, at.file(), at, locator, true);
    HclParser.BareTemplateContext tree = parser.bareTemplate();
    return parser.building(() -> new HclTreeBuilder(at.file(), locator).bareTemplate(tree, text, at, pointer));
  }

  private static HclDepthBoundParser parser(String text, String file, Location at, HclTreeBuilder.Locator locator, boolean bareTemplate) {
    ThrowingListener errors = new ThrowingListener(file, at, !bareTemplate);
    HclLexer lexer = new HclLexer(CharStreams.fromString(text, file));
    if (bareTemplate) {
      lexer.mode(HclLexer.BARE_TEMPLATE);
    }
    lexer.removeErrorListeners();
    lexer.addErrorListener(errors);
    HclDepthBoundParser parser = new HclDepthBoundParser(new CommonTokenStream(lexer), locator);
    parser.removeErrorListeners();
    parser.addErrorListener(errors);
    return parser;
  }

  /** Stops at the first syntax error; inside a template read from a value, at that value. */
  private static final class ThrowingListener extends BaseErrorListener {
    private final String file;
    private final Location at;
    private final boolean wholeFile;

    ThrowingListener(String file, Location at, boolean wholeFile) {
      this.file = file;
      this.at = at;
      this.wholeFile = wholeFile;
    }

    @Override
    public void syntaxError(
        Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String message, RecognitionException e) {
      throw new SourceParseException("HCL: " + message, wholeFile ? new Location(file, line, column + 1) : at);
    }
  }
}
