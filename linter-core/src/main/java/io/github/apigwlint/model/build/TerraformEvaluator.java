package io.github.apigwlint.model.build;

import io.github.apigwlint.policy.ExpansionContext;
import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Budget;
import io.github.apigwlint.source.HclExpression;
import io.github.apigwlint.source.LimitExceeded;
import io.github.apigwlint.source.Limits.Limit;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.Symbols;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values of a module instance's expressions, where the module decides them: literals,
 * templates, variables and locals, the caller-identity, region and partition data sources, ids and
 * ARNs of the module's own resources (as symbols), {@code path.module} and {@code path.root},
 * {@code jsonencode}, {@code sensitive}, the files {@code file} and {@code templatefile} read
 * inside the checked folders, and {@code aws_iam_policy_document} data sources as the policies they
 * render. Anything else is opaque, named
 * after its source text, never guessed (reference §8.4). Values keep their places in the files.
 */
final class TerraformEvaluator {

  /** {@code module.name}, an optional literal key, {@code .output}, and nothing after. */
  private static final java.util.regex.Pattern MODULE_OUTPUT =
      java.util.regex.Pattern.compile("(module\\.[A-Za-z0-9_-]+(?:\\[(?:\\d+|\"[^\"]*\")\\])?)\\.([A-Za-z0-9_-]+)");

  /** The attributes of a resource passed whole to a module that the called module is read for. */
  private static final List<String> PASSED_ATTRIBUTES = List.of("id", "arn", "execution_arn", "root_resource_id", "name");

  private static final Map<String, String> MANAGEMENT_PATHS =
      Map.of("aws_api_gateway_rest_api", "/restapis/", "aws_apigatewayv2_api", "/apis/");

  private final FileContext context;
  private final ModuleFolder folder;
  private final String prefix;
  private final Map<String, Node> variables;
  private final Map<String, Node> locals;
  private final Map<String, TerraformBlock> resources;
  private final Map<String, TerraformBlock> data;
  /** What the evaluators of the module's instances do together, bounded together. */
  private final Work work;
  /** The instances of the module's blocks, shared by the evaluators of its instances. */
  private final TerraformInstances instances;
  /** The instance whose {@code count.index} and {@code each.*} this evaluator knows. */
  private final TerraformInstance instance;
  /** The text of an output of a called module instance: address ({@code module.api[0]}), output name. */
  private final java.util.function.BiFunction<String, String, Optional<String>> outputs;

  TerraformEvaluator(FileContext context, ModuleFolder folder, String prefix, Map<String, Node> variables, Map<String, Node> locals,
      Map<String, TerraformBlock> resources, Map<String, TerraformBlock> data,
      java.util.function.BiFunction<String, String, Optional<String>> outputs) {
    this.context = context;
    this.outputs = outputs;
    this.folder = folder;
    this.prefix = prefix;
    this.variables = variables;
    this.locals = locals;
    this.resources = resources;
    this.data = data;
    this.work = new Work();
    this.instances = new TerraformInstances(this);
    this.instance = TerraformInstance.UNKEYED;
  }

  private TerraformEvaluator(TerraformEvaluator module, TerraformInstance instance) {
    this.context = module.context;
    this.folder = module.folder;
    this.outputs = module.outputs;
    this.prefix = module.prefix;
    this.variables = module.variables;
    this.locals = module.locals;
    this.resources = module.resources;
    this.data = module.data;
    this.work = module.work;
    this.instances = module.instances;
    this.instance = instance;
  }

  /** The evaluator of one instance of a block: {@code count.index} and {@code each.*} are its own. */
  TerraformEvaluator in(TerraformInstance instance) {
    return new TerraformEvaluator(this, instance);
  }

  /** The instances {@code count} or {@code for_each} make of a block (resource or module call) at {@code address}. */
  List<TerraformInstance> instances(String address, ObjectNode body) {
    return instances.of(address, body);
  }

  /** What the evaluators of one module instance share. */
  private static final class Work {
    /** The variables, locals and attributes being evaluated, outermost first, so that a cycle stays opaque and a chain is bounded. */
    final Set<String> evaluating = new LinkedHashSet<>();
    /** The tuples and objects copied into values: a local that doubles a tuple, doubled again, is bounded by it. */
    long copied;
  }

  /** The value: a copy without expressions, located where the original stands. */
  Node value(Node node) {
    if (node instanceof ObjectNode || node instanceof ArrayNode) {
      Budget.checkTime();
      LimitExceeded.check(Limit.NODES, ++work.copied, "the tuples and objects the module's expressions make", node.location());
    }
    if (node instanceof ObjectNode object) {
      ObjectNode copy = new ObjectNode(object.location(), object.path());
      object.entries().forEach((key, item) -> copy.put(object.key(key), value(item)));
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = new ArrayNode(array.location(), array.path());
      array.items().forEach(item -> copy.add(value(item)));
      return copy;
    }
    if (node instanceof HclExpression.Template template && template.parts().size() == 1
        && template.parts().get(0) instanceof HclExpression whole) {
      return value(whole, template.location(), template.pointer()); // "${x}" is x
    }
    if (node instanceof HclExpression expression) {
      return value(expression, expression.location(), expression.pointer());
    }
    return node;
  }

  /**
   * An expression's value: the tree it stands for (a policy document, what {@code jsonencode}
   * encodes, the value of a variable or local), else its text at {@code at}.
   */
  private Node value(HclExpression expression, Location at, String pointer) {
    Optional<Node> branch = branch(expression);
    if (branch.isPresent()) {
      return value(branch.get());
    }
    Optional<Node> called = expression instanceof HclExpression.FunctionCall call ? called(call) : Optional.empty();
    if (called.isPresent()) {
      return called.get();
    }
    if (expression instanceof HclExpression.Traversal traversal) {
      List<String> names = traversal.names();
      TerraformBlock document = names.size() == 4 && names.get(0).equals("data") && names.get(1).equals("aws_iam_policy_document")
          && names.get(3).equals("json") ? data.get("data.aws_iam_policy_document." + names.get(2)) : null;
      if (document != null) {
        return TerraformPolicyDocument.render((ObjectNode) value(document.body()), document.address(), at, pointer);
      }
      if (isDeclared(traversal)) {
        Node declared = declaredValue(names, traversal.source());
        return declared instanceof ScalarNode scalar ? ScalarNode.string(scalar.text(), at, pointer) : declared;
      }
      Node bound = bound(traversal);
      if (bound != null) {
        return bound instanceof ScalarNode scalar ? new ScalarNode(scalar.kind(), scalar.text(), at, pointer) : bound;
      }
    }
    return ScalarNode.string(text(expression), at, pointer);
  }

  /**
   * What a call returns as a tree: the value {@code jsonencode} encodes, what {@code sensitive}
   * marks, the JSON or YAML file {@code file} or {@code templatefile} reads; empty when it is not
   * known here.
   */
  private Optional<Node> called(HclExpression.FunctionCall call) {
    List<Node> arguments = call.arguments();
    return switch (call.name() + "/" + arguments.size()) {
      case "jsonencode/1", "sensitive/1" -> Optional.of(value(arguments.get(0)));
      case "file/1" -> folder.read(text(arguments.get(0))).flatMap(TerraformTemplateFile::file);
      case "templatefile/2" -> folder.read(text(arguments.get(0)))
          .flatMap(file -> TerraformTemplateFile.template(file, templateVariables(arguments.get(1))));
      default -> Optional.empty();
    };
  }

  /** The variables a template is given, with the text of those whose value is text; none when they are not known here. */
  private Map<String, String> templateVariables(Node given) {
    Map<String, String> variables = new java.util.LinkedHashMap<>();
    if (decided(given).orElse(null) instanceof ObjectNode object) {
      object.entries().forEach((name, value) -> {
        if (value instanceof ScalarNode scalar) {
          variables.put(name, scalar.text());
        }
      });
    }
    return variables;
  }

  /**
   * The value of a module call's argument: as {@link #value}, except that a variable or local that
   * is {@code null} passes {@code null}, which the called module's variable may replace by its
   * default ({@code nullable = false}).
   */
  Node argument(Node node) {
    Node written = node instanceof HclExpression.Template template && template.parts().size() == 1 ? template.parts().get(0) : node;
    if (written instanceof HclExpression.Traversal traversal && resourceObject(traversal)) {
      return resourceAttributes(traversal);
    }
    return written instanceof HclExpression.Traversal traversal && isDeclared(traversal)
        && declared(traversal.names()) instanceof ScalarNode scalar && scalar.isNull()
        ? new ScalarNode(ScalarNode.Kind.NULL, "null", node.location(), node.path())
        : value(node);
  }

  /** Whether the traversal is a whole resource of this module ({@code aws_x.y}), as a module argument may pass one. */
  private boolean resourceObject(HclExpression.Traversal traversal) {
    return traversal.names().size() == 2 && traversal.source().equals(String.join(".", traversal.names()))
        && resources.containsKey(traversal.source());
  }

  /** A resource passed whole: the attributes the called module may read of it, each as {@link #text} evaluates it here. */
  private Node resourceAttributes(HclExpression.Traversal traversal) {
    ObjectNode object = new ObjectNode(traversal.location(), traversal.path());
    for (String attribute : PASSED_ATTRIBUTES) {
      String source = traversal.source() + "." + attribute;
      String text = resourceText(List.of(traversal.names().get(0), traversal.names().get(1), attribute), source);
      object.put(new ObjectNode.Key(attribute, traversal.location()), ScalarNode.string(text, traversal.location(), traversal.path()));
    }
    return object;
  }

  /** {@code var.x.a.b}: the attribute of a variable or local whose value is an object, as far as the module decides it. */
  private Optional<String> attributeOfDeclared(List<String> names, String source) {
    Node value = declared(names);
    for (String name : names.subList(2, names.size())) {
      value = value instanceof ObjectNode object ? object.get(name) : null;
    }
    Node attribute = value;
    return attribute instanceof ScalarNode || attribute instanceof HclExpression
        ? guarded(source, attribute.location(), () -> text(attribute))
        : Optional.empty();
  }

  /** The value of {@code var.x} or {@code local.x}: its tree, its text, or opaque when it has none or is part of a cycle. */
  private Node declaredValue(List<String> names, String source) {
    return throughAliases(source, declared(names), end -> Optional.of(end)
        .filter(e -> !e.cycle())
        .map(e -> value(e.declared()))
        .filter(value -> !(value instanceof ScalarNode scalar && scalar.isNull()))
        .orElseGet(() -> ScalarNode.string(Symbols.opaque(end.source()), end.declared().location(), end.declared().path())));
  }

  /**
   * Where a chain of variables and locals that only name the next ({@code local.a = local.b}) ends:
   * the last one's source and declared value, or the first one met again.
   */
  private record ChainEnd(String source, Node declared, boolean cycle) {}

  /**
   * {@code evaluation} of where the chain from {@code source} ends, the chain followed in a loop, so
   * that however long it is the stack does not grow with it; each link counts towards {@link Limit#REFERENCE_CHAIN}.
   */
  private <T> T throughAliases(String source, Node declared, java.util.function.Function<ChainEnd, T> evaluation) {
    List<String> entered = new java.util.ArrayList<>();
    try {
      String what = source;
      Node target = declared;
      while (enter(what, target.location())) {
        entered.add(what);
        HclExpression.Traversal alias = alias(target);
        if (alias == null) {
          return evaluation.apply(new ChainEnd(what, target, false));
        }
        what = alias.source();
        target = declared(alias.names());
      }
      return evaluation.apply(new ChainEnd(what, target, true));
    } finally {
      entered.forEach(work.evaluating::remove);
    }
  }

  /** The variable or local a declared value is no more than ({@code local.b}, {@code "${local.b}"}), or null. */
  private HclExpression.Traversal alias(Node value) {
    Node written = value instanceof HclExpression.Template template && template.parts().size() == 1 ? template.parts().get(0) : value;
    return written instanceof HclExpression.Traversal traversal && isDeclared(traversal) ? traversal : null;
  }

  /** The branch a conditional takes where the module decides its condition. */
  private Optional<Node> branch(Node node) {
    return node instanceof HclExpression.Conditional conditional
        ? decided(conditional.condition()).flatMap(TerraformEvaluator::bool).map(c -> c ? conditional.whenTrue() : conditional.whenFalse())
        : Optional.empty();
  }

  /** Whether the traversal is a whole {@code var.x} or {@code local.x} the module declares. */
  private boolean isDeclared(HclExpression.Traversal traversal) {
    return traversal.names().size() == 2 && traversal.source().equals(String.join(".", traversal.names())) && declared(traversal.names()) != null;
  }

  /** {@code var.x[i]} or {@code local.x[i]}: the element at a decided index of a decided list or map. */
  private Optional<Object> element(HclExpression.Traversal traversal) {
    Optional<Object> index = TerraformInstances.onlyIndex(traversal.source(), String.join(".", traversal.names())).flatMap(this::decided);
    Optional<Object> collection = guardedDecided(traversal);
    if (index.isEmpty() || collection.isEmpty()) {
      return Optional.empty();
    }
    if (collection.get() instanceof ArrayNode list) {
      return TerraformFunctions.index(index.get(), list.size()).flatMap(i -> decided(list.items().get(i)));
    }
    return collection.get() instanceof ObjectNode map && index.get() instanceof String key && map.get(key) != null
        ? decided(map.get(key)) : Optional.empty();
  }

  /** The value of {@code var.x} or {@code local.x} as declared, or null. */
  private Node declared(List<String> names) {
    return switch (names.get(0)) {
      case "var" -> variables.get(names.get(1));
      case "local" -> locals.get(names.get(1));
      default -> null;
    };
  }

  /**
   * What {@code count.index}, {@code each.key}, {@code each.value} or a step into {@code each.value}
   * ({@code each.value.path}) stand for in this instance; null where it does not say (a symbolic
   * instance, an index into the value).
   */
  private Node bound(HclExpression.Traversal traversal) {
    List<String> names = traversal.names();
    if (traversal.source().contains("[") || instance.index() == null || names.size() < 2) {
      return null;
    }
    String step = names.get(0) + "." + names.get(1);
    if (step.equals("count.index") && names.size() == 2 && instance.index() instanceof BigDecimal index) {
      return new ScalarNode(ScalarNode.Kind.NUMBER, index.toPlainString(), traversal.location(), traversal.path());
    }
    if (step.equals("each.key") && names.size() == 2 && instance.index() instanceof String key) {
      return ScalarNode.string(key, traversal.location(), traversal.path());
    }
    if (!step.equals("each.value") || instance.value() == null) {
      return null;
    }
    Node value = instance.value();
    for (String name : names.subList(2, names.size())) {
      value = value instanceof ObjectNode object ? object.get(name) : null;
    }
    return value;
  }

  /**
   * The value of an expression where the module decides it: a {@link Boolean}, {@link BigDecimal}
   * or {@link String}, or the tree of a tuple or object; empty when it is not known here (an
   * operand unknown, or of a type Terraform would convert).
   */
  Optional<Object> decided(Node node) {
    Budget.checkTime();
    if (node instanceof HclExpression.Template template && template.parts().size() == 1
        && template.parts().get(0) instanceof HclExpression whole) {
      return decided(whole);
    }
    if (node instanceof ScalarNode scalar) {
      return scalar(scalar);
    }
    if (node instanceof ObjectNode || node instanceof ArrayNode) {
      return Optional.of(value(node));
    }
    if (node instanceof HclExpression.Traversal traversal && isDeclared(traversal)) {
      return guardedDecided(traversal);
    }
    if (node instanceof HclExpression.Traversal traversal && traversal.names().size() == 2 && declared(traversal.names()) != null) {
      return element(traversal);
    }
    if (node instanceof HclExpression.Traversal traversal && bound(traversal) != null) {
      return decided(bound(traversal));
    }
    if (node instanceof HclExpression.FunctionCall call && call.arguments().size() == 1) {
      return decided(call.arguments().get(0)).flatMap(argument -> TerraformFunctions.call(call.name(), argument));
    }
    if (node instanceof HclExpression.Conditional) {
      return branch(node).flatMap(this::decided);
    }
    if (node instanceof HclExpression.Operation operation) {
      return operation(operation);
    }
    return Optional.empty();
  }

  private Optional<Object> operation(HclExpression.Operation operation) {
    List<Optional<Object>> operands = operation.operands().stream().map(this::decided).toList();
    if (operands.stream().anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    Object left = operands.get(0).get();
    Object right = operands.size() > 1 ? operands.get(1).get() : null;
    return switch (operation.operator()) {
      case "!" -> bool(left).map(b -> !b);
      case "&&" -> bool(left).flatMap(a -> bool(right).map(b -> a && b));
      case "||" -> bool(left).flatMap(a -> bool(right).map(b -> a || b));
      case "==" -> same(left, right);
      case "!=" -> same(left, right).map(equal -> !(Boolean) equal);
      case "<", ">", "<=", ">=" -> TerraformFunctions.compare(operation.operator(), left, right);
      default -> Optional.empty();
    };
  }

  /** Equality of two decided values of one type; values of different types (which a variable's conversion may blur) stay unknown. */
  private static Optional<Object> same(Object left, Object right) {
    if (left instanceof BigDecimal a && right instanceof BigDecimal b) {
      return Optional.of(a.compareTo(b) == 0);
    }
    if (left.getClass() != right.getClass() || left instanceof Node) {
      return Optional.empty();
    }
    return Optional.of(left.equals(right));
  }

  private static String scalarText(Object decided) {
    return decided instanceof BigDecimal number ? number.toPlainString() : decided.toString();
  }

  /** A bool, as Terraform converts it: {@code true}, {@code false} or their strings. */
  private static Optional<Boolean> bool(Object value) {
    if (value instanceof Boolean b) {
      return Optional.of(b);
    }
    return value instanceof String text && (text.equals("true") || text.equals("false")) ? Optional.of(Boolean.valueOf(text)) : Optional.empty();
  }

  private static Optional<Object> scalar(ScalarNode scalar) {
    return switch (scalar.kind()) {
      case BOOLEAN -> Optional.of(Boolean.valueOf(scalar.text()));
      case NUMBER -> TerraformFunctions.number(scalar.text()).map(Object.class::cast);
      case STRING -> Symbols.isSymbolic(scalar.text()) ? Optional.empty() : Optional.of(scalar.text());
      default -> Optional.empty();
    };
  }

  /**
   * A reference as a plan of this instance lists it: the index of a resource with several instances
   * decided ({@code aws_x.y["a"].id} for {@code aws_x.y[each.key].id}), else as written.
   */
  String reference(HclExpression.Traversal traversal) {
    List<String> names = traversal.names();
    TerraformBlock resource = names.size() < 2 ? null : resources.get(names.get(0) + "." + names.get(1));
    return resource == null ? traversal.source()
        : instances.named(resource.address(), resource.body(), traversal.source(), this)
            .map(named -> TerraformInstances.withKey(resource.address(), traversal.source(), named))
            .orElse(traversal.source());
  }

  /** The text an expression stands for inside a string, with symbols where it is not decided here. */
  String text(Node node) {
    Budget.checkTime();
    if (node instanceof ScalarNode scalar) {
      return scalar.text();
    }
    if (node instanceof HclExpression.Template template) {
      StringBuilder text = new StringBuilder();
      for (Node part : template.parts()) {
        text.append(text(part));
        LimitExceeded.check(Limit.STRING_LENGTH, text.length(), "the string " + template.source(), template.location());
      }
      return text.toString();
    }
    Optional<Node> branch = branch(node);
    if (branch.isPresent()) {
      return text(branch.get());
    }
    if (node instanceof HclExpression.FunctionCall call && call.name().equals("sensitive") && call.arguments().size() == 1) {
      return text(call.arguments().get(0));
    }
    if (node instanceof HclExpression.Directive directive) {
      return Symbols.opaque("template directive " + directive.source());
    }
    if (node instanceof HclExpression.Traversal traversal && traversal.names().size() > 1) {
      return traversalText(traversal);
    }
    return Symbols.opaque(node instanceof HclExpression expression ? expression.source() : "tuple or object");
  }

  private String traversalText(HclExpression.Traversal traversal) {
    List<String> names = traversal.names();
    String source = traversal.source();
    return switch (names.get(0)) {
      case "var", "local" -> isDeclared(traversal)
          ? declaredValue(names, source) instanceof ScalarNode scalar ? scalar.text() : Symbols.opaque(source)
          : names.size() > 2 && !source.contains("[") && declared(names) != null
          ? attributeOfDeclared(names, source).orElse(Symbols.opaque(source))
          : element(traversal).filter(e -> !(e instanceof Node)).map(TerraformEvaluator::scalarText).orElse(Symbols.opaque(source));
      case "data" -> dataText(names, source);
      case "count", "each" -> bound(traversal) instanceof ScalarNode scalar ? scalar.text() : Symbols.opaque(source);
      case "module" -> moduleOutput(traversal).orElse(Symbols.opaque(source));
      case "path" -> names.size() == 2 ? folder.path(names.get(1)).orElse(Symbols.opaque(source)) : Symbols.opaque(source);
      default -> resourceText(names, source);
    };
  }

  /**
   * {@code module.api.out} or {@code module.api["eu"].out}: the output as the called instance
   * evaluates it, where the key is written literally.
   */
  private Optional<String> moduleOutput(HclExpression.Traversal traversal) {
    java.util.regex.Matcher call = MODULE_OUTPUT.matcher(traversal.source());
    return call.matches() ? outputs.apply(call.group(1), call.group(2)) : Optional.empty();
  }

  private String dataText(List<String> names, String source) {
    if (names.size() < 4) {
      return Symbols.opaque(source);
    }
    return switch (names.get(1) + "." + names.get(3)) {
      case "aws_caller_identity.account_id" -> context.account();
      case "aws_region.name", "aws_region.id", "aws_region.region" -> context.region();
      case "aws_partition.partition" -> context.partition();
      default -> Symbols.opaque(source);
    };
  }

  private String resourceText(List<String> names, String source) {
    TerraformBlock resource = resources.get(names.get(0) + "." + names.get(1));
    Optional<TerraformInstance> named = resource == null || names.size() < 3
        ? Optional.empty()
        : instances.named(resource.address(), resource.body(), source, this);
    if (named.isEmpty()) {
      return Symbols.opaque(source);
    }
    String address = resource.address() + named.get().suffix();
    String attribute = names.get(2);
    if (attribute.equals("id")) {
      return Symbols.resource(prefix + address);
    }
    if (attribute.equals("execution_arn") && resource.type().matches("aws_api_gateway_rest_api|aws_apigatewayv2_api")) {
      return new ExpansionContext(context.partition(), context.region(), context.account(), Symbols.resource(prefix + address)).arnPrefix();
    }
    if (attribute.equals("arn") && MANAGEMENT_PATHS.containsKey(resource.type())) {
      return managementArn(resource.type(), Symbols.resource(prefix + address));
    }
    TerraformEvaluator owner = in(named.get());
    if (attribute.equals("arn") && resource.type().equals("aws_iam_role")) {
      String name = owner.literal(resource, "name");
      String path = Optional.ofNullable(owner.literal(resource, "path")).orElse("/");
      return name == null ? Symbols.attribute(prefix + address, "arn") : context.roleArn(path, name);
    }
    String literal = names.size() == 3 ? owner.literal(resource, attribute) : null;
    return literal != null ? literal : Symbols.attribute(prefix + address, String.join(".", names.subList(2, names.size())));
  }

  /**
   * {@code arn} of an API is its management ARN {@code arn:P:apigateway:R::/restapis/ID} (HTTP and
   * WebSocket: {@code /apis/ID}), which execute-api actions never match; {@code execution_arn} is the other.
   */
  private String managementArn(String type, String apiId) {
    return "arn:" + context.partition() + ":apigateway:" + context.region() + "::" + MANAGEMENT_PATHS.get(type) + apiId;
  }

  /** An attribute of this evaluator's instance of the resource that the configuration decides as text (a literal, a template of literals), else null. */
  private String literal(TerraformBlock resource, String attribute) {
    Node written = resource.body().get(attribute);
    if (written == null || written instanceof ObjectNode || written instanceof ArrayNode
        || written instanceof ScalarNode scalar && scalar.isNull()) {
      return null;
    }
    return guarded(resource.address() + instance.suffix() + "." + attribute, written.location(), () -> text(written))
        .filter(text -> !Symbols.isSymbolic(text))
        .orElse(null);
  }

  /** The decided value of the variable or local {@code traversal} names. */
  private Optional<Object> guardedDecided(HclExpression.Traversal traversal) {
    if (declared(traversal.names()) == null) {
      return Optional.empty();
    }
    return throughAliases(traversal.source(), declared(traversal.names()), end -> end.cycle() ? Optional.empty() : decided(end.declared()));
  }

  /**
   * The result of {@code evaluation}, or empty when {@code what} is already being evaluated (a
   * cycle). A chain of references longer than {@link Limit#REFERENCE_CHAIN} gives the module up at
   * {@code at}, where the evaluation stands when it goes past the limit.
   */
  private <T> Optional<T> guarded(String what, Location at, java.util.function.Supplier<T> evaluation) {
    if (!enter(what, at)) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(evaluation.get());
    } finally {
      work.evaluating.remove(what);
    }
  }

  /** Notes that {@code what} is being evaluated; false when it already is (a cycle). */
  private boolean enter(String what, Location at) {
    Budget.checkTime();
    long limit = Budget.limits().get(Limit.REFERENCE_CHAIN);
    if (work.evaluating.size() >= limit) {
      throw new LimitExceeded(Limit.REFERENCE_CHAIN, limit, "the references followed to evaluate " + work.evaluating.iterator().next(), at);
    }
    return work.evaluating.add(what);
  }
}
