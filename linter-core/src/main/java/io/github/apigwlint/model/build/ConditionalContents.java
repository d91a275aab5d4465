package io.github.apigwlint.model.build;

import io.github.apigwlint.model.CreationCondition;
import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.cfn.TemplateResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The path items and operations of a template's definition that exist only under a condition: {@code
 * Fn::If [condition, content, AWS::NoValue]}, as SAM writes them for the events of a function with a
 * {@code Condition} (samtranslator {@code make_conditional} in {@code SwaggerEditor} and {@code
 * OpenApiEditor.add_lambda_integration}, {@code add_path}). Each is read as its content created under
 * that condition, whatever the condition's value, as a resource with a {@code Condition} is; any
 * other intrinsic is read as the template resolves it.
 */
final class ConditionalContents {

  /** A definition outside a template: its values are what they are. */
  static final ConditionalContents NONE = new ConditionalContents(null, null);

  /** A content as written, and the condition it is created under (null when unconditional). */
  private record Content(Node written, CreationCondition condition) {}

  /** One operation of a path item, resolved, with where it is written and the condition it is created under. */
  record Operation(String path, String key, ObjectNode operation, Location location, CreationCondition condition) {}

  private final ObjectNode written;
  private final TemplateResolver resolver;

  /**
   * @param written the definition as the template writes it, intrinsics unresolved
   * @param resolver the template's resolver
   */
  ConditionalContents(ObjectNode written, TemplateResolver resolver) {
    this.written = written;
    this.resolver = resolver;
  }

  /**
   * The operations of every path item (and what else a path item holds: the caller picks the verbs).
   * Only the conditional contents are resolved here; the rest is read from {@code resolvedPaths}.
   */
  List<Operation> operations(ObjectNode resolvedPaths) {
    Optional<ObjectNode> writtenPaths = resolver == null ? Optional.empty()
        : Values.object(written, "paths").filter(paths -> !isIntrinsic(paths));
    List<Operation> operations = new ArrayList<>();
    for (var path : writtenPaths.orElse(resolvedPaths).entries().entrySet()) {
      Optional<ObjectNode> resolvedItem = Values.object(resolvedPaths.get(path.getKey()));
      Content item = writtenPaths.isEmpty() ? new Content(path.getValue(), null) : of(path.getValue(), null);
      if (writtenPaths.isPresent() && item.written() instanceof ObjectNode writtenItem && !isIntrinsic(writtenItem)) {
        for (var operation : writtenItem.entries().entrySet()) {
          Content content = of(operation.getValue(), item.condition());
          Optional<ObjectNode> resolved = item.condition() == null && content.condition() == null
              ? resolvedItem.flatMap(r -> Values.object(r.get(operation.getKey())))
              : Values.object(resolver.resolve(content.written()));
          resolved.ifPresent(op -> operations.add(new Operation(
              path.getKey(), operation.getKey(), op, writtenItem.key(operation.getKey()).location(), content.condition())));
        }
        continue;
      }
      Optional<ObjectNode> itemNode = item.condition() == null ? resolvedItem : Values.object(resolver.resolve(item.written()));
      itemNode.ifPresent(node -> node.entries().forEach((key, value) -> Values.object(value).ifPresent(op -> operations.add(
          new Operation(path.getKey(), key, op, node.key(key).location(), item.condition())))));
    }
    return operations;
  }

  /** The condition the path item {@code path} is created under, or null when it is unconditional. */
  CreationCondition pathCondition(String path) {
    if (resolver == null) {
      return null;
    }
    return Values.object(written, "paths").filter(paths -> !isIntrinsic(paths))
        .map(paths -> paths.get(path))
        .map(item -> of(item, null).condition())
        .orElse(null);
  }

  /** The content of {@code node} inside {@code outer}: the branch of {@code Fn::If} where the other is no value. */
  private Content of(Node node, CreationCondition outer) {
    if (!(node instanceof ObjectNode call) || !(call.get("Fn::If") instanceof ArrayNode arguments) || call.size() != 1
        || arguments.size() != 3 || !(arguments.items().get(0) instanceof ScalarNode name)
        || !(resolver.resolve(arguments.items().get(2)) instanceof ScalarNode otherwise && otherwise.isNull())) {
      return new Content(node, outer);
    }
    CreationCondition inner = new CreationCondition(name.text(), resolver.condition(name.text()).orElse(null));
    return new Content(arguments.items().get(1), both(outer, inner));
  }

  /** A value written as an intrinsic ({@code Ref}, {@code Fn::…}), which only the resolved definition reads. */
  private static boolean isIntrinsic(Node node) {
    return node instanceof ObjectNode object && object.size() == 1
        && object.entries().keySet().stream().allMatch(key -> key.equals("Ref") || key.startsWith("Fn::"));
  }

  /**
   * An operation under a path item's condition: SAM puts the function's condition on both, the path
   * item's being the disjunction of its operations' (samtranslator {@code add_path}), so the inner one
   * names the method's; it is created only when both hold.
   */
  private static CreationCondition both(CreationCondition outer, CreationCondition inner) {
    if (outer == null) {
      return inner;
    }
    Boolean value = Boolean.FALSE.equals(outer.withDefaults()) || Boolean.FALSE.equals(inner.withDefaults()) ? Boolean.FALSE
        : outer.withDefaults() == null || inner.withDefaults() == null ? null : Boolean.TRUE;
    return new CreationCondition(inner.name(), value);
  }
}
