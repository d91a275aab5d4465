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
 * <p>At the top level, in the {@code Transform} section or as an {@code Fn::Transform} key of the
 * template, the snippet's keys join the template's sections the same way.
 *
 * <p>An S3 or HTTPS location, a location that is not a literal string, a file that cannot be read,
 * another macro: what the object holds is unknown, and it becomes one opaque symbol. At the top
 * level nothing can stand for unknown sections, so the template stays as written.
 */
public final class IncludeTransform {

  private static final String TRANSFORM = "Fn::Transform";
  private static final String INCLUDE = "AWS::Include";

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
    Node root = template.root() instanceof ObjectNode object ? transform.root(object) : template.root();
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

  /**
   * The template with its top-level includes in place: those of the {@code Transform} section, in
   * their order, then an {@code Fn::Transform} key of the template.
   */
  private ObjectNode root(ObjectNode root) {
    List<ObjectNode> inserted = new ArrayList<>();
    for (Node macro : macros(root.get("Transform"))) {
      if (macro instanceof ObjectNode call) {
        snippet(Optional.of(call)).ifPresent(inserted::add);
      }
    }
    if (root.has(TRANSFORM)) {
      snippet(only(root.get(TRANSFORM))).ifPresent(inserted::add);
    }
    return inserted.isEmpty() ? copyIfChanged(root) : inserted(root, inserted);
  }

  private Node transformed(ObjectNode call) {
    Optional<ObjectNode> transform = only(call.get(TRANSFORM));
    return snippet(transform).<Node>map(snippet -> inserted(call, List.of(snippet))).orElseGet(() -> unknown(call, transform));
  }

  /** The snippet a local {@code AWS::Include} inserts; empty when the run cannot know it. */
  private Optional<ObjectNode> snippet(Optional<ObjectNode> transform) {
    String location = transform.filter(t -> INCLUDE.equals(text(t.get("Name")))).map(IncludeTransform::location).orElse(null);
    if (location == null || Symbols.isSymbolic(location) || isRemote(location)) {
      return Optional.empty();
    }
    Optional<SourceFile> file = snippets.near(template, location);
    file.ifPresent(included::add);
    // a snippet must be a mapping to deploy; anything else leaves the object unknown
    return file.map(SourceFile::root).filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast);
  }

  private static String location(ObjectNode transform) {
    return transform.get("Parameters") instanceof ObjectNode parameters ? text(parameters.get("Location")) : null;
  }

  /** The snippets' keys replace those written beside the transform; later snippets win. */
  private ObjectNode inserted(ObjectNode call, List<ObjectNode> inserted) {
    ObjectNode merged = new ObjectNode(call.location(), call.path());
    call.entries().forEach((name, value) -> {
      if (!name.equals(TRANSFORM) && inserted.stream().noneMatch(snippet -> snippet.has(name))) {
        merged.put(call.key(name), expand(value));
      }
    });
    // a snippet that includes again fails to deploy; its own transforms stay as written (unknown)
    for (int i = inserted.size() - 1; i >= 0; i--) {
      ObjectNode snippet = inserted.get(i);
      snippet.entries().forEach((name, value) -> {
        if (!merged.has(name)) {
          merged.put(snippet.key(name), value);
        }
      });
    }
    return merged;
  }

  private ObjectNode copyIfChanged(ObjectNode object) {
    ObjectNode copy = new ObjectNode(object.location(), object.path());
    boolean changed = false;
    for (var entry : object.entries().entrySet()) {
      Node expanded = expand(entry.getValue());
      changed |= expanded != entry.getValue();
      copy.put(object.key(entry.getKey()), expanded);
    }
    object.duplicates().forEach(copy::recordDuplicate);
    return changed ? copy : object;
  }

  private ArrayNode copyIfChanged(ArrayNode array) {
    ArrayNode copy = new ArrayNode(array.location(), array.path());
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

  /** The {@code Transform} section: one macro or a list of them. */
  private static List<Node> macros(Node section) {
    if (section instanceof ArrayNode list) {
      return list.items();
    }
    return section == null ? List.of() : List.of(section);
  }

  /** S3 URIs and URLs: CloudFormation fetches them at deployment, this run cannot. */
  private static boolean isRemote(String location) {
    String lower = location.toLowerCase(Locale.ROOT);
    return lower.startsWith("s3://") || lower.startsWith("https://") || lower.startsWith("http://");
  }

  private static String text(Node node) {
    return node instanceof ScalarNode scalar && scalar.isString() ? scalar.text() : null;
  }

  private static Node unknown(ObjectNode call, Optional<ObjectNode> transform) {
    String name = transform.map(t -> text(t.get("Name"))).orElse(null);
    String what = !INCLUDE.equals(name)
        ? "Fn::Transform " + (name == null ? "" : name)
        : INCLUDE + " " + Optional.ofNullable(location(transform.get())).orElse("");
    return ScalarNode.string(Symbols.opaque(what.strip()), call.location(), call.path());
  }
}
