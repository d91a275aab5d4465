package io.github.apigwlint.source.cfn;

import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.SourceFile;
import io.github.apigwlint.source.Symbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * CloudFormation's {@code AWS::Include} transform ({@code Fn::Transform}) applied to a template
 * before anything reads it, as CloudFormation applies it before the {@code AWS::Serverless}
 * transform: macros run from the most deeply nested outward
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-macros.html).
 *
 * <p>A local {@code Location} is what {@code sam package} / {@code aws cloudformation package}
 * upload, relative to the template's folder, and the snippet is inserted in place: its keys join the
 * keys written beside {@code Fn::Transform}, which CloudFormation hands to the macro and replaces by
 * its result (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/transform-aws-include.html).
 * Where the snippet and the template both write a key, the snippet's value is taken: AWS does not
 * document that case, and templates rely on it (the {@code paths} placeholder kept beside the
 * transform for {@code sam validate}). The snippet's values keep their own file and lines.
 *
 * <p>An S3 or HTTPS location, a location that is not a literal string, a file that cannot be read,
 * another macro: what the object holds is unknown, and it becomes one opaque symbol.
 */
public final class IncludeTransform {

  private static final String TRANSFORM = "Fn::Transform";

  /** Where the snippets of local locations come from. */
  @FunctionalInterface
  public interface Snippets {

    /**
     * The file a local {@code Location} of {@code template} names, read; empty when it lies outside
     * the checked folders, does not exist or could not be parsed.
     */
    Optional<SourceFile> near(SourceFile template, String location);
  }

  /**
   * A template with its includes applied.
   *
   * @param included the snippet files it took values from
   */
  public record Applied(SourceFile template, List<SourceFile> included) {}

  private final Snippets snippets;
  private final SourceFile template;
  private final List<SourceFile> included = new ArrayList<>();

  private IncludeTransform(Snippets snippets, SourceFile template) {
    this.snippets = snippets;
    this.template = template;
  }

  /** The template with every {@code Fn::Transform} replaced by what it stands for. */
  public static Applied apply(SourceFile template, Snippets snippets) {
    IncludeTransform transform = new IncludeTransform(snippets, template);
    // a transform over the whole template is not followed: the template stays a mapping as written
    Node root = template.root() instanceof ObjectNode object ? transform.copyIfChanged(object) : template.root();
    SourceFile applied = root == template.root()
        ? template
        : new SourceFile(template.path(), template.displayPath(), template.text(), template.yaml(), template.format(), root);
    return new Applied(applied, List.copyOf(transform.included));
  }

  /** The node with its transforms applied, the node itself when it holds none. */
  private Node expand(Node node) {
    if (node instanceof ObjectNode object) {
      return object.has(TRANSFORM) ? transformed(object) : copyIfChanged(object);
    }
    if (node instanceof ArrayNode array) {
      return copyIfChanged(array);
    }
    return node;
  }

  private Node transformed(ObjectNode call) {
    Optional<ObjectNode> transform = only(call.get(TRANSFORM));
    String name = transform.map(t -> text(t.get("Name"))).orElse(null);
    if (!"AWS::Include".equals(name)) {
      return unknown(call, "Fn::Transform " + (name == null ? "" : name));
    }
    Node parameters = transform.get().get("Parameters");
    String location = parameters instanceof ObjectNode p ? text(p.get("Location")) : null;
    if (location == null || Symbols.isSymbolic(location) || isRemote(location)) {
      return unknown(call, "AWS::Include " + (location == null ? "" : location));
    }
    Optional<SourceFile> file = snippets.near(template, location);
    file.ifPresent(included::add);
    // a snippet must be a mapping to deploy; anything else leaves the object unknown
    if (file.isPresent() && file.get().root() instanceof ObjectNode snippet) {
      return inserted(call, snippet);
    }
    return unknown(call, "AWS::Include " + location);
  }

  private ObjectNode inserted(ObjectNode call, ObjectNode snippet) {
    ObjectNode merged = new ObjectNode(call.location(), call.pointer());
    call.entries().forEach((name, value) -> {
      if (!name.equals(TRANSFORM) && !snippet.has(name)) {
        merged.put(call.key(name), expand(value));
      }
    });
    // a snippet that includes again fails to deploy; its own transforms stay as written (unknown)
    snippet.entries().forEach((name, value) -> merged.put(snippet.key(name), value));
    return merged;
  }

  private ObjectNode copyIfChanged(ObjectNode object) {
    ObjectNode copy = new ObjectNode(object.location(), object.pointer());
    boolean changed = false;
    for (var entry : object.entries().entrySet()) {
      Node expanded = expand(entry.getValue());
      changed |= expanded != entry.getValue();
      copy.put(object.key(entry.getKey()), expanded);
    }
    object.duplicateKeys().forEach(copy::recordDuplicate);
    return changed ? copy : object;
  }

  private ArrayNode copyIfChanged(ArrayNode array) {
    ArrayNode copy = new ArrayNode(array.location(), array.pointer());
    boolean changed = false;
    for (Node item : array.items()) {
      Node expanded = expand(item);
      changed |= expanded != item;
      copy.add(expanded);
    }
    return changed ? copy : array;
  }

  /** The one macro call, written as an object or as a list of one (as AWS's own examples write it). */
  private static Optional<ObjectNode> only(Node transform) {
    Node call = transform instanceof ArrayNode list && list.size() == 1 ? list.items().get(0) : transform;
    return call instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
  }

  /** S3 URIs and URLs: CloudFormation fetches them at deployment, this run cannot. */
  private static boolean isRemote(String location) {
    String lower = location.toLowerCase(Locale.ROOT);
    return lower.startsWith("s3://") || lower.startsWith("https://") || lower.startsWith("http://");
  }

  private static String text(Node node) {
    return node instanceof ScalarNode scalar && scalar.isString() ? scalar.text() : null;
  }

  private static Node unknown(ObjectNode call, String what) {
    return ScalarNode.string(Symbols.opaque(what.strip()), call.location(), call.pointer());
  }
}
