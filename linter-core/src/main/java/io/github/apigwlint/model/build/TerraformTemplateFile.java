package io.github.apigwlint.model.build;

import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.LimitExceeded;
import io.github.apigwlint.source.Limits.Limit;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.SourceFile;
import io.github.apigwlint.source.Symbols;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A JSON or YAML file that Terraform's {@code file} or {@code templatefile} reads, as the tree it
 * parses to, located in that file. In a template, an interpolation {@code ${name}} of a variable
 * given takes its value, any other interpolation stays a placeholder symbol, and a string holding a
 * directive {@code %{…}} is unknown; {@code $${} and {@code %%{} are the literal {@code ${} and
 * {@code %{}. A file that is not a JSON or YAML object or list is unknown.
 */
final class TerraformTemplateFile {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  /** The variables of a template, by name, with their text; null for {@code file}, which interpolates nothing. */
  private final Map<String, String> variables;

  private TerraformTemplateFile(Map<String, String> variables) {
    this.variables = variables;
  }

  /** What {@code file} returns, as a tree. */
  static Optional<Node> file(SourceFile file) {
    return new TerraformTemplateFile(null).tree(file);
  }

  /** What {@code templatefile} returns with {@code variables}, as a tree. */
  static Optional<Node> template(SourceFile file, Map<String, String> variables) {
    return new TerraformTemplateFile(variables).tree(file);
  }

  private Optional<Node> tree(SourceFile file) {
    Node root = file.root();
    return root instanceof ObjectNode || root instanceof ArrayNode ? Optional.of(rendered(root)) : Optional.empty();
  }

  private Node rendered(Node node) {
    if (node instanceof ObjectNode object) {
      ObjectNode copy = new ObjectNode(object.location(), object.path());
      object.entries().forEach((name, item) -> {
        ObjectNode.Key key = object.key(name);
        copy.put(new ObjectNode.Key(text(name, key.location()), key.location()), rendered(item));
      });
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = new ArrayNode(array.location(), array.path());
      array.items().forEach(item -> copy.add(rendered(item)));
      return copy;
    }
    return node instanceof ScalarNode scalar && scalar.isString()
        ? ScalarNode.string(text(scalar.text(), scalar.location()), scalar.location(), scalar.path())
        : node;
  }

  /** A string of the file, written at {@code at}, as the template renders it. */
  private String text(String written, Location at) {
    if (variables == null) {
      return written;
    }
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < written.length()) {
      if (written.startsWith("$${", i) || written.startsWith("%%{", i)) {
        text.append(written.charAt(i)).append('{');
        i += 3;
      } else if (written.startsWith("%{", i)) {
        return Symbols.opaque("template directive in " + written);
      } else if (written.startsWith("${", i) && written.indexOf('}', i) > 0) {
        int end = written.indexOf('}', i);
        text.append(interpolation(written.substring(i + 2, end)));
        LimitExceeded.check(Limit.STRING_LENGTH, text.length(), "the rendered template string", at);
        i = end + 1;
      } else {
        text.append(written.charAt(i++));
      }
    }
    return text.toString();
  }

  private String interpolation(String expression) {
    String name = expression.replace("~", "").strip();
    String value = NAME.matcher(name).matches() ? variables.get(name) : null;
    return value != null ? value : Symbols.placeholder(expression);
  }
}
