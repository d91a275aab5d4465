package io.github.apigwlint.source;

import io.github.apigwlint.source.hcl.HclParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;

/** Builds the {@code .tf.json}-shaped located tree of one parsed file; see {@link HclLoader}. */
final class HclTreeBuilder {

  /** Where a token stands in the file: a heredoc's body and a JSON-syntax string are read apart from it. */
  interface Locator {
    Location at(Token token);

    static Locator inFile(String file) {
      return token -> new Location(file, token.getLine(), token.getCharPositionInLine() + 1);
    }

    /** Every part of a template read from a JSON string at the string, whose raw text is not at hand. */
    static Locator at(Location location) {
      return token -> location;
    }
  }

  private final String file;
  private final Locator locator;

  HclTreeBuilder(String file, Locator locator) {
    this.file = file;
    this.locator = locator;
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
    List<Token> names = new ArrayList<>();
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
      Budget.checkTime();
      if (item instanceof HclParser.AttributeContext attribute) {
        putAttribute(target, attribute, pointer);
      } else {
        nestedBlock(target, (HclParser.BlockContext) item, pointer);
      }
    }
  }

  /**
   * Nested blocks, as in a plan: a list of objects under the block type, labels left out. A {@code
   * dynamic "x"} block also makes {@code x}, when nothing else writes it, opaque: blocks whose
   * number and content are known only when Terraform runs.
   */
  private void nestedBlock(ObjectNode target, HclParser.BlockContext block, String pointer) {
    String name = block.identifier().getText();
    if (name.equals("dynamic") && block.blockLabel().size() == 1) {
      String generated = labelText(block.blockLabel(0));
      if (!target.has(generated)) {
        target.put(new ObjectNode.Key(generated, at(block.getStart())),
            ScalarNode.string(Symbols.opaque("dynamic " + generated), at(block.getStart()), Pointers.child(pointer, generated)));
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
    Budget.checkTime();
    if (expression instanceof HclParser.TermExpressionContext term) {
      return term(term.exprTerm(), pointer);
    }
    if (expression instanceof HclParser.ConditionalExpressionContext conditional) {
      return new HclExpression.Conditional(
          expression(conditional.expression(0), pointer), expression(conditional.expression(1), pointer),
          expression(conditional.expression(2), pointer), source(conditional), at(conditional.getStart()), pointer);
    }
    if (expression instanceof HclParser.BinaryExpressionContext || expression instanceof HclParser.UnaryExpressionContext) {
      String operator = expression.getChild(expression instanceof HclParser.UnaryExpressionContext ? 0 : 1).getText();
      List<Node> operands = expression.getRuleContexts(HclParser.ExpressionContext.class).stream()
          .map(operand -> expression(operand, pointer)).toList();
      return new HclExpression.Operation(operator, operands, source(expression), at(expression.getStart()), pointer);
    }
    return opaque(expression, expression.getRuleContexts(HclParser.ExpressionContext.class), pointer);
  }

  private Node term(HclParser.ExprTermContext term, String pointer) {
    Location at = at(term.getStart());
    if (term instanceof HclParser.NumberTermContext) {
      return new ScalarNode(ScalarNode.Kind.NUMBER, term.getText(), at, pointer);
    }
    if (term instanceof HclParser.TemplateTermContext template) {
      return template(template.templateString().templatePart(), source(template), at, pointer);
    }
    if (term instanceof HclParser.HeredocTermContext heredoc) {
      return heredoc(heredoc.HEREDOC().getSymbol(), pointer);
    }
    if (term instanceof HclParser.VariableTermContext variable) {
      return switch (variable.getText()) {
        case "true", "false" -> new ScalarNode(ScalarNode.Kind.BOOLEAN, variable.getText(), at, pointer);
        case "null" -> new ScalarNode(ScalarNode.Kind.NULL, "null", at, pointer);
        default -> new HclExpression.Traversal(List.of(variable.getText()), variable.getText(), at, pointer);
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
    if (term instanceof HclParser.CallTermContext call) {
      return call(call.functionCall(), pointer);
    }
    if (term instanceof HclParser.IndexTermContext
        || term instanceof HclParser.AttributeTermContext
        || term instanceof HclParser.SplatTermContext) {
      return traversal(term, pointer);
    }
    return opaque(term, term.getRuleContexts(HclParser.ExpressionContext.class), pointer);
  }

  /**
   * A function call. The argument of {@code jsonencode(x)}, the JSON string a plan would hold, keeps
   * the call's pointer: it stands where the string stands.
   */
  private Node call(HclParser.FunctionCallContext call, String pointer) {
    if (call.ELLIPSIS() != null) {
      return opaque(call, call.expression(), pointer);
    }
    String name = String.join("::", call.identifier().stream().map(HclParser.IdentifierContext::getText).toList());
    boolean encodesOne = name.equals("jsonencode") && call.expression().size() == 1;
    List<Node> arguments = new ArrayList<>();
    for (HclParser.ExpressionContext argument : call.expression()) {
      arguments.add(expression(argument, encodesOne ? pointer : Pointers.child(pointer, arguments.size())));
    }
    return new HclExpression.FunctionCall(name, arguments, source(call), at(call.getStart()), pointer);
  }

  /**
   * {@code a.b[0].c}: the names of a reference, indexes and full splats ({@code [*]}) left out. An
   * attribute splat ({@code .*}) or a reference into a computed value is opaque.
   */
  private Node traversal(HclParser.ExprTermContext term, String pointer) {
    List<String> names = new ArrayList<>();
    HclParser.ExprTermContext step = term;
    while (!(step instanceof HclParser.VariableTermContext)) {
      if (step instanceof HclParser.AttributeTermContext attribute && attribute.identifier() != null) {
        names.add(0, attribute.identifier().getText());
        step = attribute.exprTerm();
      } else if (step instanceof HclParser.AttributeTermContext index) {
        step = index.exprTerm();
      } else if (step instanceof HclParser.IndexTermContext index) {
        step = index.exprTerm();
      } else if (step instanceof HclParser.SplatTermContext splat && splat.LBRACKET() != null) {
        step = splat.exprTerm();
      } else {
        return opaque(term, operandsOf(term), pointer);
      }
    }
    names.add(0, step.getText());
    return new HclExpression.Traversal(List.copyOf(names), source(term), at(term.getStart()), pointer);
  }

  /** The expressions inside a chain of steps: its first term and its index expressions. */
  private static List<ParserRuleContext> operandsOf(HclParser.ExprTermContext term) {
    List<ParserRuleContext> operands = new ArrayList<>();
    for (ParseTree child : term.children) {
      if (child instanceof HclParser.ExprTermContext || child instanceof HclParser.ExpressionContext) {
        operands.add((ParserRuleContext) child);
      }
    }
    return operands;
  }

  private HclExpression.Opaque opaque(ParserRuleContext expression, List<? extends ParserRuleContext> parts, String pointer) {
    List<Node> operands = new ArrayList<>();
    for (ParserRuleContext part : parts) {
      operands.add(part instanceof HclParser.ExprTermContext t ? term(t, pointer) : expression((HclParser.ExpressionContext) part, pointer));
    }
    if (expression instanceof HclParser.ForTupleTermContext || expression instanceof HclParser.ForObjectTermContext) {
      ParserRuleContext form = expression.getChild(ParserRuleContext.class, 0);
      form.getRuleContexts(HclParser.ExpressionContext.class).forEach(e -> operands.add(expression(e, pointer)));
    }
    return new HclExpression.Opaque(operands, source(expression), at(expression.getStart()), pointer);
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

  /**
   * An object key: a bare name or a literal string. A computed key is kept as written, {@code
   * ${…}} as Terraform's JSON syntax would write it: the key of an object is a name here, never evaluated.
   */
  private String keyText(HclParser.ExpressionContext key) {
    if (key instanceof HclParser.TermExpressionContext term) {
      if (term.exprTerm() instanceof HclParser.VariableTermContext variable) {
        return variable.getText();
      }
      if (term.exprTerm() instanceof HclParser.TemplateTermContext template
          && template(template.templateString().templatePart(), "", at(key.getStart()), "") instanceof ScalarNode literal) {
        return literal.text();
      }
    }
    return "${" + source(key) + "}";
  }

  /**
   * A heredoc: its body, less the indentation {@code <<-} strips, as a template. A body that is a
   * JSON document (a policy, an OpenAPI body) is read as one, each value at its place in the heredoc
   * and each string a template, as in Terraform's JSON syntax.
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
    int firstLine = token.getLine() + 1;
    Location bodyStart = new Location(file, firstLine, 1 + indent);
    String trimmed = content.trim();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      try {
        return HclLoader.withTemplates(EmbeddedJson.parseVerbatim(content, file, firstLine, indent, pointer));
      } catch (SourceParseException notJson) {
        // a template that only looks like JSON (for example with %{ for } directives): read as a template
      }
    }
    Locator inBody = part -> new Location(file, firstLine + part.getLine() - 1, part.getCharPositionInLine() + 1 + indent);
    try {
      return HclLoader.template(content, inBody, bodyStart, pointer);
    } catch (SourceParseException notATemplate) {
      return ScalarNode.string(Symbols.opaque(content), bodyStart, pointer);
    }
  }

  private static int commonIndent(String content) {
    return content.lines()
        .filter(line -> !line.isBlank())
        .mapToInt(line -> line.length() - line.stripLeading().length())
        .min()
        .orElse(0);
  }

  Node bareTemplate(HclParser.BareTemplateContext template, String text, Location at, String pointer) {
    return template(template.templatePart(), text, at, pointer);
  }

  /**
   * A template: its literal text (escapes undone) as one string when it has nothing else, else the
   * parts in order. In a bare template (heredoc, JSON syntax) a backslash is not an escape.
   */
  private Node template(List<HclParser.TemplatePartContext> parts, String source, Location at, String pointer) {
    List<Node> built = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Location textAt = at;
    boolean computed = false;
    for (HclParser.TemplatePartContext part : parts) {
      if (part instanceof HclParser.InterpolationPartContext || part instanceof HclParser.DirectivePartContext) {
        addText(built, text, textAt, pointer);
        Node value = part instanceof HclParser.InterpolationPartContext interpolation
            ? expression(interpolation.expression(), pointer)
            : new HclExpression.Directive(directive(part), at(part.getStart()), pointer);
        computed |= !(value instanceof ScalarNode);
        built.add(value);
        continue;
      }
      if (text.isEmpty()) {
        textAt = at(part.getStart());
      }
      if (part instanceof HclParser.EscapedPartContext) {
        text.append(part.getText().charAt(0)).append('{');
      } else if (part instanceof HclParser.BareTextPartContext) {
        text.append(part.getText());
      } else {
        text.append(unescape(part.getText()));
      }
    }
    if (!computed) {
      StringBuilder whole = new StringBuilder();
      built.forEach(literal -> whole.append(((ScalarNode) literal).text()));
      return ScalarNode.string(whole.append(text).toString(), at, pointer);
    }
    addText(built, text, textAt, pointer);
    return new HclExpression.Template(List.copyOf(built), source, at, pointer);
  }

  private static void addText(List<Node> parts, StringBuilder text, Location at, String pointer) {
    if (!text.isEmpty()) {
      parts.add(ScalarNode.string(text.toString(), at, pointer));
      text.setLength(0);
    }
  }

  /** What stands between {@code %{} and {@code }} of a directive. */
  private static String directive(HclParser.TemplatePartContext part) {
    String written = source(part);
    return written.substring(2, written.length() - 1).trim();
  }

  private static String labelText(HclParser.BlockLabelContext label) {
    return label.templateString() != null ? unescape(label.getText().substring(1, label.getText().length() - 1)) : label.getText();
  }

  /** A literal's text with its escapes undone; an escape cannot forge a symbol's delimiters. */
  private static String unescape(String raw) {
    if (raw.indexOf('\\') < 0) {
      return raw;
    }
    return Symbols.literal(undoEscapes(raw));
  }

  private static String undoEscapes(String raw) {
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
    return locator.at(token);
  }
}
