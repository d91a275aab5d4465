package io.github.apigwlint.source;

import io.github.apigwlint.source.hcl.HclParser;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/** Builds the {@code .tf.json}-shaped located tree of one parsed file; see {@link HclLoader}. */
final class HclTreeBuilder {

  private final String file;

  HclTreeBuilder(String file) {
    this.file = file;
  }

  ObjectNode file(HclParser.ConfigFileContext tree) {
    ObjectNode root = new ObjectNode(new Location(file, 1, 1), "");
    for (ParserRuleContext item : items(tree.body())) {
      if (item instanceof HclParser.AttributeContext attribute) {
        putAttribute(root, attribute, "");
      } else {
        topLevelBlock(root, (HclParser.BlockContext) item);
      }
    }
    return root;
  }

  /** {@code resource "t" "n" {…}} → {@code resource.t.n}; blocks without labels ({@code locals}) merge. */
  private void topLevelBlock(ObjectNode root, HclParser.BlockContext block) {
    ObjectNode parent = root;
    String pointer = "";
    List<Token> names = new java.util.ArrayList<>();
    names.add(block.identifier().getStart());
    block.blockLabel().forEach(label -> names.add(label.getStart()));
    for (int i = 0; i < names.size(); i++) {
      String name = i == 0 ? block.identifier().getText() : labelText(block.blockLabel(i - 1));
      pointer = Pointers.child(pointer, name);
      boolean last = i == names.size() - 1;
      Node existing = parent.get(name);
      if (existing instanceof ObjectNode object && (!last || block.blockLabel().isEmpty())) {
        parent = object;
        continue;
      }
      ObjectNode child = new ObjectNode(at(names.get(i)), pointer);
      parent.put(new ObjectNode.Key(name, at(names.get(i))), child);
      parent = child;
    }
    body(parent, block.body(), pointer);
  }

  private void body(ObjectNode target, HclParser.BodyContext body, String pointer) {
    for (ParserRuleContext item : items(body)) {
      if (item instanceof HclParser.AttributeContext attribute) {
        putAttribute(target, attribute, pointer);
      } else {
        nestedBlock(target, (HclParser.BlockContext) item, pointer);
      }
    }
  }

  /**
   * Nested blocks, as in a plan: a list of objects under the block type, labels left out. A {@code
   * dynamic "x"} block also makes {@code x}, when nothing else writes it, the template {@code
   * ${dynamic x}}: blocks whose number and content are known only when Terraform runs.
   */
  private void nestedBlock(ObjectNode target, HclParser.BlockContext block, String pointer) {
    String name = block.identifier().getText();
    if (name.equals("dynamic") && block.blockLabel().size() == 1) {
      String generated = labelText(block.blockLabel(0));
      if (!target.has(generated)) {
        target.put(new ObjectNode.Key(generated, at(block.getStart())),
            ScalarNode.string("${dynamic " + generated + "}", at(block.getStart()), Pointers.child(pointer, generated)));
      }
    }
    String listPointer = Pointers.child(pointer, name);
    ArrayNode list;
    if (target.get(name) instanceof ArrayNode existing) {
      list = existing;
    } else {
      list = new ArrayNode(at(block.getStart()), listPointer);
      target.put(new ObjectNode.Key(name, at(block.getStart())), list);
    }
    String itemPointer = Pointers.child(listPointer, list.size());
    ObjectNode item = new ObjectNode(at(block.getStart()), itemPointer);
    list.add(item);
    body(item, block.body(), itemPointer);
  }

  private void putAttribute(ObjectNode target, HclParser.AttributeContext attribute, String pointer) {
    String name = attribute.identifier().getText();
    String valuePointer = Pointers.child(pointer, name);
    target.put(new ObjectNode.Key(name, at(attribute.getStart())), expression(attribute.expression(), valuePointer));
  }

  Node expression(HclParser.ExpressionContext expression, String pointer) {
    if (expression instanceof HclParser.TermExpressionContext term) {
      return term(term.exprTerm(), pointer);
    }
    return template(expression, pointer);
  }

  private Node term(HclParser.ExprTermContext term, String pointer) {
    Location at = at(term.getStart());
    if (term instanceof HclParser.NumberTermContext) {
      return new ScalarNode(ScalarNode.Kind.NUMBER, term.getText(), at, pointer);
    }
    if (term instanceof HclParser.TemplateTermContext template) {
      return ScalarNode.string(templateText(template.templateString()), at, pointer);
    }
    if (term instanceof HclParser.HeredocTermContext heredoc) {
      return heredoc(heredoc.HEREDOC().getSymbol(), pointer);
    }
    if (term instanceof HclParser.VariableTermContext variable) {
      return switch (variable.getText()) {
        case "true", "false" -> new ScalarNode(ScalarNode.Kind.BOOLEAN, variable.getText(), at, pointer);
        case "null" -> new ScalarNode(ScalarNode.Kind.NULL, "null", at, pointer);
        default -> template(term, pointer);
      };
    }
    if (term instanceof HclParser.TupleTermContext tuple) {
      ArrayNode list = new ArrayNode(at, pointer);
      for (HclParser.ExpressionContext item : tuple.tuple().expression()) {
        list.add(expression(item, Pointers.child(pointer, list.size())));
      }
      return list;
    }
    if (term instanceof HclParser.ObjectTermContext object) {
      return object(object.object(), pointer);
    }
    if (term instanceof HclParser.ParenthesisTermContext parenthesis) {
      return expression(parenthesis.expression(), pointer);
    }
    if (term instanceof HclParser.CallTermContext call && isJsonEncodeOfOneValue(call.functionCall())) {
      // jsonencode({...}) is a JSON string in a plan; kept as the tree itself, its values stay located.
      return expression(call.functionCall().expression(0), pointer);
    }
    return template(term, pointer);
  }

  private static boolean isJsonEncodeOfOneValue(HclParser.FunctionCallContext call) {
    return call.identifier().size() == 1 && call.identifier(0).getText().equals("jsonencode")
        && call.expression().size() == 1 && call.ELLIPSIS() == null;
  }

  private ObjectNode object(HclParser.ObjectContext object, String pointer) {
    ObjectNode node = new ObjectNode(at(object.getStart()), pointer);
    for (HclParser.ObjectElementContext element : object.objectElement()) {
      HclParser.ExpressionContext key = element.expression(0);
      String name = keyText(key);
      node.put(new ObjectNode.Key(name, at(key.getStart())), expression(element.expression(1), Pointers.child(pointer, name)));
    }
    return node;
  }

  /** An object key: a bare name or a literal string as written, any other expression as its template. */
  private String keyText(HclParser.ExpressionContext key) {
    if (key instanceof HclParser.TermExpressionContext term) {
      if (term.exprTerm() instanceof HclParser.VariableTermContext variable) {
        return variable.getText();
      }
      if (term.exprTerm() instanceof HclParser.TemplateTermContext template) {
        return templateText(template.templateString());
      }
    }
    return "${" + source(key) + "}";
  }

  /**
   * A heredoc: its body, less the indentation {@code <<-} strips. A body that is a JSON document
   * (a policy, an OpenAPI body) is read as one, each value at its place in the heredoc.
   */
  private Node heredoc(Token token, String pointer) {
    String text = token.getText();
    int newline = text.indexOf('\n');
    String opening = text.substring(0, newline);
    boolean indented = opening.startsWith("<<-");
    String content = text.substring(newline + 1);
    int end = content.lastIndexOf('\n');
    content = end < 0 ? "" : content.substring(0, end + 1);
    int indent = indented ? commonIndent(content) : 0;
    if (indent > 0) {
      StringBuilder stripped = new StringBuilder();
      content.lines().forEach(line -> stripped.append(line.length() >= indent ? line.substring(indent) : line.strip()).append('\n'));
      content = stripped.toString();
    }
    Location bodyStart = new Location(file, token.getLine() + 1, 1 + indent);
    String trimmed = content.trim();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      try {
        return EmbeddedJson.parseVerbatim(content, file, token.getLine() + 1, indent, pointer);
      } catch (SourceParseException notJson) {
        // a template that only looks like JSON (for example with %{ for } directives): kept as text
      }
    }
    return ScalarNode.string(content, bodyStart, pointer);
  }

  private static int commonIndent(String content) {
    return content.lines()
        .filter(line -> !line.isBlank())
        .mapToInt(line -> line.length() - line.stripLeading().length())
        .min()
        .orElse(0);
  }

  /** A non-literal expression: its source text as a Terraform JSON-syntax template. */
  private ScalarNode template(ParserRuleContext expression, String pointer) {
    return ScalarNode.string("${" + source(expression) + "}", at(expression.getStart()), pointer);
  }

  /**
   * The template's value in Terraform's JSON syntax: literal text unescaped, interpolations as
   * {@code ${source}}, directives as written; {@code $${} stays escaped, as JSON syntax writes it.
   */
  private String templateText(HclParser.TemplateStringContext template) {
    StringBuilder text = new StringBuilder();
    for (HclParser.TemplatePartContext part : template.templatePart()) {
      if (part instanceof HclParser.InterpolationPartContext interpolation) {
        text.append("${").append(source(interpolation.expression())).append('}');
      } else if (part instanceof HclParser.DirectivePartContext || part instanceof HclParser.EscapedPartContext) {
        text.append(source(part));
      } else {
        text.append(unescape(part.getText()));
      }
    }
    return text.toString();
  }

  private static String labelText(HclParser.BlockLabelContext label) {
    return label.templateString() != null ? unescape(label.getText().substring(1, label.getText().length() - 1)) : label.getText();
  }

  private static String unescape(String raw) {
    if (raw.indexOf('\\') < 0) {
      return raw;
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '\\' || i + 1 == raw.length()) {
        text.append(c);
        continue;
      }
      char escaped = raw.charAt(++i);
      switch (escaped) {
        case 'n' -> text.append('\n');
        case 't' -> text.append('\t');
        case 'r' -> text.append('\r');
        case 'u' -> {
          String hex = i + 4 < raw.length() ? raw.substring(i + 1, i + 5) : "";
          if (hex.matches("[0-9A-Fa-f]{4}")) {
            text.append((char) Integer.parseInt(hex, 16));
            i += 4;
          } else {
            text.append("\\u");
          }
        }
        default -> text.append(escaped);
      }
    }
    return text.toString();
  }

  private static String source(ParserRuleContext context) {
    return context.getStart().getInputStream()
        .getText(Interval.of(context.getStart().getStartIndex(), context.getStop().getStopIndex()));
  }

  private static List<ParserRuleContext> items(HclParser.BodyContext body) {
    return body.children == null
        ? List.of()
        : body.children.stream().filter(ParserRuleContext.class::isInstance).map(ParserRuleContext.class::cast).toList();
  }

  private Location at(Token token) {
    return new Location(file, token.getLine(), token.getCharPositionInLine() + 1);
  }
}
