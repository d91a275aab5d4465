package io.github.apigwlint.model.build;

import io.github.apigwlint.policy.ExpansionContext;
import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.SourceFile;
import io.github.apigwlint.source.Symbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Terraform configuration of one folder ({@code .tf} and {@code .tf.json} files: one module) as
 * the plan JSON that {@link TerraformPlanReader} reads: each managed resource with its values, the
 * references of each attribute, and {@code depends_on}. Values are what the configuration writes;
 * an expression resolves where the configuration decides it (variable defaults and the values of
 * {@code terraform.tfvars} and {@code *.auto.tfvars}, locals, the caller-identity, region and
 * partition data sources, ids and ARNs of its own resources as symbols, {@code
 * aws_iam_policy_document} data sources as policies) and is opaque elsewhere, never guessed
 * (reference §8.4). Values keep their places in the {@code .tf} files.
 */
final class TerraformModule {

  private static final Set<String> META_ARGUMENTS = Set.of("count", "for_each", "depends_on", "lifecycle", "provider", "provisioner", "connection");
  private static final Pattern TRAVERSAL =
      Pattern.compile("[A-Za-z_][\\w-]*(?:\\.[A-Za-z_][\\w-]*|\\.\\d+|\\[[^\\]\\[]*\\])+");
  private static final Pattern INDEX = Pattern.compile("\\[[^\\]\\[]*\\]|\\.\\d+(?=\\.|$)");

  private record Block(String address, String type, String name, ObjectNode body) {}

  /**
   * A {@code module} block whose source is a local folder.
   *
   * @param source the source as written ({@code ./modules/api})
   * @param arguments its arguments, resolved in the calling module
   */
  record Call(String name, String source, Map<String, Node> arguments) {}

  private static final Set<String> CALL_META_ARGUMENTS =
      Set.of("source", "version", "providers", "count", "for_each", "depends_on");
  private static final Set<String> NOT_ADDRESSES = Set.of("var", "local", "module", "each", "count", "path", "self", "terraform");

  private final FileContext context;
  private final Map<String, Block> resources = new LinkedHashMap<>();
  private final Map<String, Block> data = new LinkedHashMap<>();
  private final Set<String> declared = new HashSet<>();
  private final Map<String, Node> variables = new LinkedHashMap<>();
  private final Map<String, Node> locals = new LinkedHashMap<>();
  private final Set<String> resolving = new HashSet<>();
  private final Map<String, ObjectNode> moduleBlocks = new LinkedHashMap<>();
  private List<Call> localCalls;
  private final Location origin;
  /** {@code ""} for a module read on its own, {@code module.a.} (and deeper) for one read through calls. */
  private final String prefix;

  private TerraformModule(List<SourceFile> files, FileContext context, String prefix, Map<String, Node> inputs) {
    this.context = context;
    this.prefix = prefix;
    this.origin = Location.ofFile(context.file().displayPath());
    List<SourceFile> variableFiles = new ArrayList<>();
    for (SourceFile file : files) {
      ObjectNode root = (ObjectNode) file.root();
      if (file.path().getFileName().toString().endsWith(".tfvars")) {
        variableFiles.add(file);
        continue;
      }
      blocks(root, "resource", "", resources);
      blocks(root, "data", "data.", data);
      Values.object(root, "variable").ifPresent(v -> v.entries().forEach((name, body) -> {
        declared.add(name);
        Values.object(body).map(b -> b.get("default")).ifPresent(d -> variables.put(name, d));
      }));
      Values.object(root, "locals").ifPresent(l -> locals.putAll(l.entries()));
      Values.object(root, "module").ifPresent(m -> m.entries().forEach((name, body) ->
          Values.object(body).ifPresent(b -> moduleBlocks.putIfAbsent(name, b))));
    }
    if (inputs != null) {
      inputs.forEach((name, value) -> {
        if (declared.contains(name)) {
          variables.put(name, value);
        }
      });
      return;
    }
    variableFiles.stream()
        .filter(f -> loadedByTerraform(f.path().getFileName().toString()))
        .sorted(Comparator.comparing((SourceFile f) -> !f.path().getFileName().toString().equals("terraform.tfvars"))
            .thenComparing(f -> f.path().getFileName().toString()))
        .forEach(f -> ((ObjectNode) f.root()).entries().forEach((name, value) -> {
          if (declared.contains(name)) {
            variables.put(name, value);
          }
        }));
  }

  /**
   * Terraform reads {@code terraform.tfvars} and {@code *.auto.tfvars} by itself (the latter after,
   * in name order); other variable files are chosen with {@code -var-file} and are not assumed.
   */
  private static boolean loadedByTerraform(String name) {
    return name.equals("terraform.tfvars") || name.endsWith(".auto.tfvars");
  }

  /** The module formed by {@code files} read on its own, as a root module: variable files apply. */
  static TerraformModule root(List<SourceFile> files, FileContext context) {
    return new TerraformModule(files, context, "", null);
  }

  /** The module formed by {@code files} as a call instantiates it: {@code inputs} set its variables. */
  static TerraformModule called(List<SourceFile> files, FileContext context, String prefix, Map<String, Node> inputs) {
    return new TerraformModule(files, context, prefix, inputs);
  }

  /** The prefix of addresses inside this instance: {@code ""}, or {@code module.api.} and deeper. */
  String prefix() {
    return prefix;
  }

  FileContext context() {
    return context;
  }

  /** The module blocks whose source is a local folder ({@code ./…}, {@code ../…}), arguments resolved here. */
  List<Call> localCalls() {
    if (localCalls == null) {
      localCalls = resolvedLocalCalls();
    }
    return localCalls;
  }

  private List<Call> resolvedLocalCalls() {
    List<Call> calls = new ArrayList<>();
    moduleBlocks.forEach((name, body) -> {
      String source = Values.text(body, "source");
      if (source != null && (source.startsWith("./") || source.startsWith("../"))) {
        Map<String, Node> arguments = new LinkedHashMap<>();
        body.entries().forEach((argument, value) -> {
          if (!CALL_META_ARGUMENTS.contains(argument)) {
            arguments.put(argument, resolve(value));
          }
        });
        calls.add(new Call(name, source, arguments));
      }
    });
    return calls;
  }

  private static void blocks(ObjectNode root, String kind, String prefix, Map<String, Block> into) {
    Values.object(root, kind).ifPresent(types -> types.entries().forEach((type, byName) ->
        Values.object(byName).ifPresent(names -> names.entries().forEach((name, body) ->
            Values.object(body).ifPresent(b -> into.putIfAbsent(prefix + type + "." + name, new Block(prefix + type + "." + name, type, name, b)))))));
  }

  /** The plan of this module instance, as {@code terraform show -json} would show its resources. */
  ObjectNode plan() {
    ArrayNode planned = new ArrayNode(origin, "/planned_values/root_module/resources");
    ArrayNode configured = new ArrayNode(origin, "/configuration/root_module/resources");
    for (Block resource : resources.values()) {
      ObjectNode item = object(resource.body().location());
      put(item, "address", text(prefix + resource.address()));
      put(item, "mode", text("managed"));
      put(item, "type", text(resource.type()));
      put(item, "name", text(resource.name()));
      ObjectNode values = new ObjectNode(resource.body().location(), resource.body().pointer());
      ObjectNode expressions = object(resource.body().location());
      resource.body().entries().forEach((attribute, value) -> {
        if (!META_ARGUMENTS.contains(attribute)) {
          values.put(resource.body().key(attribute), resolve(value));
          ObjectNode expression = object(value.location());
          put(expression, "references", texts(references(value).stream().map(this::prefixed).toList()));
          put(expressions, attribute, expression);
        }
      });
      put(item, "values", values);
      planned.add(item);
      ObjectNode configuration = object(resource.body().location());
      put(configuration, "address", text(prefix + resource.address()));
      put(configuration, "expressions", expressions);
      Optional.ofNullable(resource.body().get("depends_on"))
          .ifPresent(d -> put(configuration, "depends_on",
              texts(references(d).stream().filter(this::isAddress).map(this::prefixed).toList())));
      configured.add(configuration);
    }
    ObjectNode plan = object(origin);
    put(plan, "format_version", text("1.2"));
    put(plan, "planned_values", wrap("root_module", wrap("resources", planned)));
    put(plan, "configuration", wrap("root_module", wrap("resources", configured)));
    return plan;
  }

  /** A reference as the plan of this instance writes it: resources and data sources carry the prefix. */
  private String prefixed(String reference) {
    return NOT_ADDRESSES.contains(reference.substring(0, Math.max(reference.indexOf('.'), 0))) ? reference : prefix + reference;
  }

  private boolean isAddress(String reference) {
    return resources.containsKey(reference) || data.containsKey(reference);
  }

  /** A value with its templates resolved: a copy, located where the original stands. */
  private Node resolve(Node value) {
    if (value instanceof ObjectNode object) {
      ObjectNode copy = new ObjectNode(object.location(), object.pointer());
      object.entries().forEach((key, item) -> copy.put(object.key(key), resolve(item)));
      return copy;
    }
    if (value instanceof ArrayNode array) {
      ArrayNode copy = new ArrayNode(array.location(), array.pointer());
      array.items().forEach(item -> copy.add(resolve(item)));
      return copy;
    }
    ScalarNode scalar = (ScalarNode) value;
    if (!scalar.isString() || !isTemplate(scalar.text())) {
      return scalar;
    }
    String whole = singleInterpolation(scalar.text());
    if (whole != null) {
      Optional<Node> node = node(whole, scalar);
      if (node.isPresent()) {
        return node.get();
      }
    }
    return ScalarNode.string(template(scalar.text()), scalar.location(), scalar.pointer());
  }

  /** A whole-value reference that stands for a tree: a policy document, a variable's or local's value. */
  private Optional<Node> node(String expression, ScalarNode at) {
    if (!TRAVERSAL.matcher(expression).matches()) {
      return Optional.empty();
    }
    String[] parts = parts(expression);
    if (parts.length == 4 && parts[0].equals("data") && parts[1].equals("aws_iam_policy_document") && parts[3].equals("json")) {
      return Optional.ofNullable(data.get("data.aws_iam_policy_document." + parts[2])).map(d -> TerraformPolicyDocument.render((ObjectNode) resolve(d.body()), d.address(), at));
    }
    Node value = parts.length == 2 && parts[0].equals("var") ? variables.get(parts[1])
        : parts.length == 2 && parts[0].equals("local") ? locals.get(parts[1]) : null;
    if (value == null || value instanceof ScalarNode || !resolving.add(expression)) {
      return Optional.empty();
    }
    try {
      return Optional.of(resolve(value));
    } finally {
      resolving.remove(expression);
    }
  }

  private static boolean isTemplate(String text) {
    return text.contains("${") || text.contains("%{");
  }

  /** The expression of a string that is exactly one interpolation, else null. */
  private static String singleInterpolation(String text) {
    if (!text.startsWith("${") || !text.endsWith("}")) {
      return null;
    }
    int end = closingBrace(text, 2);
    return end == text.length() - 1 ? text.substring(2, end).trim() : null;
  }

  /** The index of the brace that closes the one opened before {@code from}, or -1. */
  private static int closingBrace(String text, int from) {
    int depth = 1;
    boolean quoted = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' && text.charAt(i - 1) != '\\') {
        quoted = !quoted;
      } else if (!quoted && c == '{') {
        depth++;
      } else if (!quoted && c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** A template's text: interpolations replaced by their values (symbols where unknown), escapes undone. */
  private String template(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("$${", i) || text.startsWith("%%{", i)) {
        out.append(text.charAt(i)).append('{');
        i += 3;
      } else if (text.startsWith("${", i) || text.startsWith("%{", i)) {
        int end = closingBrace(text, i + 2);
        if (end < 0) {
          out.append(Symbols.opaque(text.substring(i)));
          break;
        }
        String expression = text.substring(i + 2, end).trim();
        out.append(text.charAt(i) == '$' ? scalar(expression) : Symbols.opaque("template directive " + expression));
        i = end + 1;
      } else {
        out.append(text.charAt(i++));
      }
    }
    return out.toString();
  }

  /** The text an expression stands for. */
  private String scalar(String expression) {
    if (!TRAVERSAL.matcher(expression).matches()) {
      return Symbols.opaque(expression);
    }
    String[] parts = parts(expression);
    return switch (parts[0]) {
      case "var" -> valueText(variables.get(parts[1]), expression);
      case "local" -> valueText(locals.get(parts[1]), expression);
      case "data" -> dataText(parts, expression);
      default -> resourceText(parts, expression);
    };
  }

  private String valueText(Node value, String expression) {
    if (value == null || !resolving.add(expression)) {
      return Symbols.opaque(expression);
    }
    try {
      Node resolved = resolve(value);
      return resolved instanceof ScalarNode s && !s.isNull() ? s.text() : Symbols.opaque(expression);
    } finally {
      resolving.remove(expression);
    }
  }

  private String dataText(String[] parts, String expression) {
    if (parts.length < 4) {
      return Symbols.opaque(expression);
    }
    return switch (parts[1] + "." + parts[3]) {
      case "aws_caller_identity.account_id" -> context.account();
      case "aws_region.name", "aws_region.id", "aws_region.region" -> context.region();
      case "aws_partition.partition" -> context.partition();
      default -> Symbols.opaque(expression);
    };
  }

  private String resourceText(String[] parts, String expression) {
    String address = parts[0] + "." + (parts.length > 1 ? parts[1] : "");
    Block resource = resources.get(address);
    if (resource == null || parts.length < 3) {
      return Symbols.opaque(expression);
    }
    String attribute = parts[2];
    if (attribute.equals("id")) {
      return Symbols.resource(prefix + address);
    }
    if (attribute.equals("execution_arn") && resource.type().matches("aws_api_gateway_rest_api|aws_apigatewayv2_api")) {
      return new ExpansionContext(context.partition(), context.region(), context.account(), Symbols.resource(prefix + address)).arnPrefix();
    }
    if (attribute.equals("arn") && resource.type().equals("aws_iam_role")) {
      String name = literal(resource, "name");
      String path = Optional.ofNullable(literal(resource, "path")).orElse("/");
      return name == null ? Symbols.attribute(prefix + address, "arn") : context.roleArn(path, name);
    }
    String literal = parts.length == 3 ? literal(resource, attribute) : null;
    return literal != null ? literal : Symbols.attribute(prefix + address, String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)));
  }

  /** An attribute the configuration writes as a literal (or a template of literals), else null. */
  private String literal(Block resource, String attribute) {
    if (resource.body().get(attribute) instanceof ScalarNode scalar && !scalar.isNull()) {
      String text = scalar.isString() && isTemplate(scalar.text()) ? template(scalar.text()) : scalar.text();
      return Symbols.isSymbolic(text) ? null : text;
    }
    return null;
  }

  /** {@code aws_x.y[0].id} → {@code [aws_x, y, id]}: indexes (count, for_each) left out. */
  private static String[] parts(String traversal) {
    return INDEX.matcher(traversal).replaceAll("").split("\\.");
  }

  /** Every traversal in the value's templates, and the address each belongs to, as a plan lists them. */
  private static List<String> references(Node value) {
    Set<String> found = new LinkedHashSet<>();
    collect(value, found);
    return new ArrayList<>(found);
  }

  private static void collect(Node value, Set<String> found) {
    if (value instanceof ObjectNode object) {
      object.entries().values().forEach(item -> collect(item, found));
    } else if (value instanceof ArrayNode array) {
      array.items().forEach(item -> collect(item, found));
    } else if (value instanceof ScalarNode scalar && scalar.isString() && isTemplate(scalar.text())) {
      Matcher matcher = TRAVERSAL.matcher(scalar.text());
      while (matcher.find()) {
        String traversal = matcher.group();
        found.add(traversal);
        String[] parts = parts(traversal);
        if (parts.length > 2) {
          int length = parts[0].equals("data") ? 3 : 2;
          found.add(String.join(".", java.util.Arrays.copyOf(parts, Math.min(length, parts.length))));
        }
      }
    }
  }

  private ObjectNode object(Location at) {
    return new ObjectNode(at, "");
  }

  private ScalarNode text(String value) {
    return ScalarNode.string(value, origin, "");
  }

  private ArrayNode texts(List<String> values) {
    ArrayNode list = new ArrayNode(origin, "");
    values.forEach(v -> list.add(text(v)));
    return list;
  }

  private ObjectNode wrap(String key, Node value) {
    ObjectNode wrapper = object(origin);
    put(wrapper, key, value);
    return wrapper;
  }

  private static void put(ObjectNode target, String key, Node value) {
    target.put(new ObjectNode.Key(key, value.location()), value);
  }
}
