package io.github.apigwlint.model.build;

import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Budget;
import io.github.apigwlint.source.Format;
import io.github.apigwlint.source.HclExpression;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.SourceFile;
import io.github.apigwlint.source.SourceProblem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Terraform configuration of one folder ({@code .tf} and {@code .tf.json} files: one module) as
 * the resources {@link TerraformResourceReader} reads: each managed resource with its values as
 * {@link TerraformEvaluator} decides them, the references of each attribute, and {@code
 * depends_on}. Variables take their defaults and the values of {@code terraform.tfvars} and {@code
 * *.auto.tfvars}, or a call's arguments. Values keep their places in the {@code .tf} files.
 */
final class TerraformModule {

  private static final Set<String> META_ARGUMENTS = Set.of("count", "for_each", "depends_on", "lifecycle", "provider", "provisioner", "connection");

  /**
   * One instance of a {@code module} block whose source is a local folder.
   *
   * @param source the source as written ({@code ./modules/api})
   * @param instance which instance its {@code count} or {@code for_each} make
   * @param scope the calling module's evaluator for that instance
   */
  record Call(String name, String source, TerraformInstance instance, TerraformEvaluator scope, ObjectNode body) {

    /** The address of the module instance, {@code module.api} or {@code module.api["eu"]}. */
    String address() {
      return "module." + name + instance.suffix();
    }

    /**
     * Its arguments, evaluated in the calling module for that instance when asked, so that the
     * outputs of the calls noted before ({@link #calls}) are known.
     */
    Map<String, Node> arguments() {
      Map<String, Node> arguments = new LinkedHashMap<>();
      body.entries().forEach((argument, value) -> {
        if (!CALL_META_ARGUMENTS.contains(argument)) {
          arguments.put(argument, scope.argument(value));
        }
      });
      return arguments;
    }
  }

  /** The variable files Terraform reads before the {@code *.auto.tfvars} ones, in its order. */
  private static final List<String> VARIABLE_FILES_READ_FIRST = List.of("terraform.tfvars", "terraform.tfvars.json");

  private static final Set<String> CALL_META_ARGUMENTS =
      Set.of("source", "version", "providers", "count", "for_each", "depends_on");
  private static final Set<String> NOT_ADDRESSES = Set.of("var", "local", "module", "each", "count", "path", "self", "terraform");

  private final FileContext context;
  private final Map<String, TerraformBlock> resources = new LinkedHashMap<>();
  private final Map<String, TerraformBlock> data = new LinkedHashMap<>();
  private final Set<String> declared = new HashSet<>();
  /** Variables declared {@code nullable = false}: a {@code null} input leaves their default. */
  private final Set<String> notNullable = new HashSet<>();
  private final Map<String, Node> variables = new LinkedHashMap<>();
  private final Map<String, Node> locals = new LinkedHashMap<>();
  private final Map<String, ObjectNode> moduleBlocks = new LinkedHashMap<>();
  private final Map<String, Node> outputs = new LinkedHashMap<>();
  /** The instances of the local modules this one calls, by address ({@code module.api}, {@code module.api["eu"]}). */
  private final Map<String, TerraformModule> called = new LinkedHashMap<>();
  private final TerraformEvaluator evaluator;
  private List<Call> localCalls;
  /** {@code ""} for a module read on its own, {@code module.a.} (and deeper) for one read through calls. */
  private final String prefix;

  private TerraformModule(List<SourceFile> files, FileContext context, ModuleFolder folder, String prefix, Map<String, Node> inputs) {
    this.context = context;
    this.prefix = prefix;
    this.evaluator = new TerraformEvaluator(context, folder, prefix, variables, locals, resources, data, this::output);
    // a module read through a call repeats what its root reading reports
    List<SourceProblem> problems = inputs == null ? context.problems() : new ArrayList<>();
    List<SourceFile> variableFiles = new ArrayList<>();
    Declarations declarations = new Declarations();
    // in name order, as Terraform reads them: the first of two declarations is the same in every run
    for (SourceFile file : files.stream().sorted(Comparator.comparing((SourceFile f) -> f.path().getFileName().toString())).toList()) {
      ObjectNode root = (ObjectNode) file.root();
      if (file.format() == Format.TERRAFORM_VARIABLES) {
        variableFiles.add(file);
        continue;
      }
      blocks(root, "resource", "", resources, declarations);
      blocks(root, "data", "data.", data, declarations);
      Values.object(root, "variable").ifPresent(v -> v.entries().forEach((name, body) -> {
        declared.add(name);
        Values.object(body).map(b -> b.get("default")).ifPresent(d -> variables.put(name, d));
        if (Values.object(body).map(b -> b.get("nullable")).orElse(null) instanceof ScalarNode nullable && nullable.text().equals("false")) {
          notNullable.add(name);
        }
      }));
      Values.object(root, "locals").ifPresent(l -> locals.putAll(l.entries()));
      Values.object(root, "output").ifPresent(o -> o.entries().forEach((name, body) ->
          Values.object(body).map(b -> b.get("value")).ifPresent(value -> outputs.putIfAbsent(name, value))));
      Values.object(root, "module").ifPresent(m -> m.entries().forEach((name, body) ->
          Values.object(body).ifPresent(b -> moduleBlocks.putIfAbsent(name, b))));
    }
    declarations.reportTwice(problems);
    if (inputs != null) {
      inputs.forEach(this::setVariable);
      return;
    }
    variableFiles.stream()
        .filter(f -> loadedByTerraform(name(f)))
        .sorted(Comparator.comparingInt((SourceFile f) -> readingRank(name(f)))
            .thenComparing(TerraformModule::name))
        .forEach(f -> ((ObjectNode) f.root()).entries().forEach(this::setVariable));
  }

  private void setVariable(String name, Node value) {
    if (declared.contains(name) && !(notNullable.contains(name) && value instanceof ScalarNode scalar && scalar.isNull())) {
      variables.put(name, value);
    }
  }

  private static String name(SourceFile file) {
    return file.path().getFileName().toString();
  }

  /**
   * Terraform reads {@code terraform.tfvars}, {@code terraform.tfvars.json} and the {@code
   * *.auto.tfvars} and {@code *.auto.tfvars.json} files by itself (in that order, the latter in name
   * order); other variable files are chosen with {@code -var-file} and are not assumed.
   */
  private static boolean loadedByTerraform(String name) {
    return VARIABLE_FILES_READ_FIRST.contains(name) || name.endsWith(".auto.tfvars") || name.endsWith(".auto.tfvars.json");
  }

  private static int readingRank(String name) {
    int first = VARIABLE_FILES_READ_FIRST.indexOf(name);
    return first >= 0 ? first : VARIABLE_FILES_READ_FIRST.size();
  }

  /** The module formed by {@code files} read on its own, as a root module: variable files apply. */
  static TerraformModule root(List<SourceFile> files, FileContext context, ModuleFolder folder) {
    return new TerraformModule(files, context, folder, "", null);
  }

  /** The module formed by {@code files} as a call instantiates it: {@code inputs} set its variables. */
  static TerraformModule called(
      List<SourceFile> files, FileContext context, ModuleFolder folder, String prefix, Map<String, Node> inputs) {
    return new TerraformModule(files, context, folder, prefix, inputs);
  }

  /** Notes the instance of a local module that this one calls at {@code address}, so that its outputs are known here. */
  void calls(String address, TerraformModule instance) {
    called.put(address, instance);
  }

  /**
   * The text of output {@code name} of the module instance this one calls at {@code address}, as
   * that instance evaluates it; empty when the call or the output is not known here.
   */
  private Optional<String> output(String address, String name) {
    TerraformModule instance = called.get(address);
    Node value = instance == null ? null : instance.outputs.get(name);
    return value == null ? Optional.empty() : Optional.of(instance.evaluator.text(value));
  }

  /** The prefix of addresses inside this instance: {@code ""}, or {@code module.api.} and deeper. */
  String prefix() {
    return prefix;
  }

  FileContext context() {
    return context;
  }

  /** The sources of the module blocks that call a local folder, whether they make instances or not. */
  List<String> localSources() {
    return moduleBlocks.values().stream().map(body -> Values.text(body, "source")).filter(TerraformModule::isLocal).toList();
  }

  private static boolean isLocal(String source) {
    return source != null && (source.startsWith("./") || source.startsWith("../"));
  }

  /**
   * The instances of the module blocks whose source is a local folder ({@code ./…}, {@code ../…}),
   * as their {@code count} or {@code for_each} make them, in the order they are declared.
   */
  List<Call> localCalls() {
    if (localCalls == null) {
      localCalls = evaluatedLocalCalls();
    }
    return localCalls;
  }

  private List<Call> evaluatedLocalCalls() {
    List<Call> calls = new ArrayList<>();
    moduleBlocks.forEach((name, body) -> {
      String source = Values.text(body, "source");
      if (!isLocal(source)) {
        return;
      }
      for (TerraformInstance instance : evaluator.instances("module." + name, body)) {
        calls.add(new Call(name, source, instance, evaluator.in(instance), body));
      }
    });
    return calls;
  }

  /**
   * The blocks of one kind, by address. Terraform refuses a module that declares an address twice;
   * the first declaration is read and every declaration is noted for {@link Declarations}.
   */
  private static void blocks(ObjectNode root, String kind, String prefix, Map<String, TerraformBlock> into, Declarations declarations) {
    Values.object(root, kind).ifPresent(types -> types.entries().forEach((type, byName) ->
        Values.object(byName).ifPresent(names -> {
          names.entries().forEach((name, body) -> {
            BlockName named = new BlockName(kind, prefix, type, name);
            // a block written twice in one file: the mapping keeps the last, the earlier ones come first
            names.duplicates().stream().filter(again -> again.earlier().name().equals(name))
                .forEach(again -> declare(named, again.replaced(), into, declarations));
            declare(named, body, into, declarations);
          });
        })));
  }

  /** How a block is addressed: {@code data.aws_region.current}. */
  private record BlockName(String kind, String prefix, String type, String name) {}

  private static void declare(BlockName named, Node body, Map<String, TerraformBlock> into, Declarations declarations) {
    Values.object(body).ifPresent(b -> {
      String address = named.prefix() + named.type() + "." + named.name();
      into.putIfAbsent(address, new TerraformBlock(address, named.type(), named.name(), b));
      declarations.add(named.kind(), address, b.location(), b.pointer());
    });
  }

  /** Where each address of a module is declared, to report those declared more than once. */
  private static final class Declarations {

    private record Declaration(String kind, Location location, String pointer) {}

    private final Map<String, List<Declaration>> byAddress = new LinkedHashMap<>();

    void add(String kind, String address, Location location, String pointer) {
      byAddress.computeIfAbsent(address, a -> new ArrayList<>()).add(new Declaration(kind, location, pointer));
    }

    /** One problem per address declared more than once, at its first declaration, the others related. */
    void reportTwice(List<SourceProblem> problems) {
      byAddress.forEach((address, declarations) -> {
        if (declarations.size() < 2) {
          return;
        }
        Declaration first = declarations.get(0);
        List<Declaration> others = declarations.subList(1, declarations.size());
        List<String> places = declarations.stream().map(d -> "at " + d.location()).toList();
        String where = String.join(", ", places.subList(0, places.size() - 1)) + " and " + places.get(places.size() - 1);
        problems.add(new SourceProblem(
            first.kind() + " " + address + " is declared " + (declarations.size() == 2 ? "twice" : declarations.size() + " times")
                + " in one module, " + where + "; Terraform refuses the configuration, apigw-lint reads the first",
            first.location(), first.pointer(),
            others.stream().map(d -> new SourceProblem.Related(d.location(), "another declaration of " + address)).toList()));
      });
    }
  }

  /**
   * The resources of this module instance, as a plan of it would show them: one per instance its
   * {@code count} or {@code for_each} make ({@code aws_x.y[0]}, {@code aws_x.y["a"]}), none for 0
   * or an empty collection, one without a key where the module does not decide how many.
   */
  List<TerraformResource> resources() {
    List<TerraformResource> read = new ArrayList<>();
    for (TerraformBlock resource : resources.values()) {
      for (TerraformInstance instance : evaluator.instances(resource.address(), resource.body())) {
        read.add(resource(resource, evaluator.in(instance), resource.address() + instance.suffix()));
      }
    }
    return read;
  }

  private TerraformResource resource(TerraformBlock resource, TerraformEvaluator scope, String address) {
    ObjectNode body = resource.body();
    ObjectNode values = new ObjectNode(body.location(), body.path());
    Map<String, List<String>> references = new LinkedHashMap<>();
    body.entries().forEach((attribute, value) -> {
      if (!META_ARGUMENTS.contains(attribute)) {
        values.put(body.key(attribute), scope.value(value));
        references.put(attribute, references(value, scope).stream().map(this::prefixed).toList());
      }
    });
    if (body.get("depends_on") != null) {
      references.put("depends_on", references(body.get("depends_on"), scope).stream().filter(this::isAddress).map(this::prefixed).toList());
    }
    return new TerraformResource(prefix + address, resource.type(), values, Set.of(), references, body.location(), true);
  }

  /** A reference as the plan of this instance writes it: resources and data sources carry the prefix. */
  private String prefixed(String reference) {
    return NOT_ADDRESSES.contains(reference.substring(0, Math.max(reference.indexOf('.'), 0))) ? reference : prefix + reference;
  }

  private boolean isAddress(String reference) {
    return resources.containsKey(reference) || data.containsKey(reference);
  }

  /**
   * Every reference in the value's expressions, and the address each belongs to, as a plan of the
   * instance {@code scope} evaluates lists them; a local of this module stands for the references of
   * its own expression, so that what a value is made of is seen through it.
   */
  private List<String> references(Node value, TerraformEvaluator scope) {
    Set<String> found = new LinkedHashSet<>();
    Set<String> localsFollowed = new HashSet<>();
    // depth first, in the order written, in a loop: a chain of locals as long as the module makes it does not grow the stack
    Deque<Node> pending = new ArrayDeque<>(List.of(value));
    while (!pending.isEmpty()) {
      Budget.checkTime();
      Node next = pending.pop();
      if (next instanceof HclExpression.Traversal traversal) {
        collect(traversal, found, scope, localsFollowed).ifPresent(pending::push);
      } else {
        List<Node> parts = parts(next);
        for (int i = parts.size() - 1; i >= 0; i--) {
          pending.push(parts.get(i));
        }
      }
    }
    return new ArrayList<>(found);
  }

  /** The values inside a tuple, an object or an expression. */
  private static List<Node> parts(Node value) {
    if (value instanceof ObjectNode object) {
      return List.copyOf(object.entries().values());
    }
    if (value instanceof ArrayNode array) {
      return array.items();
    }
    return value instanceof HclExpression expression ? expression.operands() : List.of();
  }

  /** Notes what a traversal refers to; for a local of this module not followed yet, its expression, to follow in turn. */
  private Optional<Node> collect(HclExpression.Traversal traversal, Set<String> found, TerraformEvaluator scope, Set<String> localsFollowed) {
    List<String> names = traversal.names();
    if (names.size() > 1 && names.get(0).equals("local") && locals.containsKey(names.get(1))) {
      return localsFollowed.add(names.get(1)) ? Optional.of(locals.get(names.get(1))) : Optional.empty();
    }
    if (names.size() > 1 || traversal.source().contains("[")) {
      found.add(scope.reference(traversal));
    }
    if (names.size() > 2) {
      int length = names.get(0).equals("data") ? 3 : 2;
      found.add(String.join(".", names.subList(0, Math.min(length, names.size()))));
    }
    return Optional.empty();
  }
}
