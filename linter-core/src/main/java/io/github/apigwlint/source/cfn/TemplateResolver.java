package io.github.apigwlint.source.cfn;

import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Budget;
import io.github.apigwlint.source.LimitExceeded;
import io.github.apigwlint.source.Limits.Limit;
import io.github.apigwlint.source.Location;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.Pointers;
import io.github.apigwlint.source.ScalarNode;
import io.github.apigwlint.source.Symbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Resolves CloudFormation intrinsic functions to the values they stand for: literals where the
 * template fixes them, {@link Symbols} tokens where it does not. Returns new trees and never throws
 * on a malformed intrinsic (it becomes an opaque token). What it builds is counted against the run's
 * limits, since a small template can ask for much ({@code Fn::Join} of aliases of a long string, a
 * mapping's long list found a thousand times): the nodes it makes ({@link Limit#NODES}), and the
 * characters of each string it joins and of all of them ({@link Limit#STRING_LENGTH}), each measured
 * before it is built. Going past one is a {@link LimitExceeded} at the intrinsic.
 */
public final class TemplateResolver {

  /** Stands for {@code AWS::NoValue} while resolving: the enclosing key or item is dropped. */
  private static final Node NO_VALUE = new ScalarNode(ScalarNode.Kind.NULL, "AWS::NoValue", Location.ofFile(""), "");

  private static final ObjectNode EMPTY = new ObjectNode(Location.ofFile(""), "");

  private final ObjectNode parameters;
  private final ObjectNode resources;
  private final ObjectNode mappings;
  private final ResolverSettings settings;
  private final Conditions conditions;
  private final Exports exports;
  /** The template's file: a value included from another is past a limit in the template as a whole. */
  private final String file;
  private final AtomicLong nodesBuilt = new AtomicLong();
  private final AtomicLong charactersBuilt = new AtomicLong();

  public TemplateResolver(ObjectNode template, ResolverSettings settings) {
    this(template, settings, Exports.none(), ConditionAssumptions.none());
  }

  /**
   * @param exports the exports of the run, for {@code Fn::ImportValue} in this template's account
   * @param assumed truth values for conditions that the template cannot decide
   */
  public TemplateResolver(ObjectNode template, ResolverSettings settings, Exports exports, ConditionAssumptions assumed) {
    this.file = template.location().file();
    this.parameters = section(template, "Parameters");
    this.resources = section(template, "Resources");
    this.mappings = section(template, "Mappings");
    this.settings = settings;
    this.exports = exports;
    this.conditions = new Conditions(section(template, "Conditions"), value -> resolve(value, 0), assumed);
  }

  /** The account the template deploys to, literal or the symbol SELF. */
  String accountValue() {
    return settings.accountValue();
  }

  /** The value of a named condition: empty when the template does not decide it. */
  public Optional<Boolean> condition(String name) {
    return conditions.value(name);
  }

  /**
   * What SAM's transform reads instead of text at {@code written}, or empty where it reads text.
   * Before it expands a serverless resource, SAM replaces each {@code Ref} to a parameter with the
   * parameter's value (its default, or the value the stack is given) and keeps every other intrinsic
   * function as written, for CloudFormation to resolve after the transform. Pseudo parameters count as
   * text: which of them SAM is given depends on where it runs.
   */
  public Optional<String> nonTextForSam(Node written) {
    if (written instanceof ArrayNode) {
      return Optional.of("a list");
    }
    if (!(written instanceof ObjectNode object)) {
      return Optional.empty();
    }
    if (!isIntrinsic(object)) {
      return Optional.of("an object");
    }
    String function = object.entries().keySet().iterator().next();
    if (!function.equals("Ref") || !(object.get("Ref") instanceof ScalarNode target)) {
      return Optional.of("written with " + function);
    }
    String name = target.text();
    if (name.startsWith("AWS::")) {
      return Optional.empty();
    }
    if (parameters.get(name) instanceof ObjectNode parameter) {
      return isList(parameter) ? Optional.of("a Ref to the list parameter " + name) : Optional.empty();
    }
    return Optional.of(resources.has(name) ? "a Ref to the resource " + name : "a Ref to " + name + ", which the template does not declare");
  }

  /** The value with every intrinsic resolved; a value that is wholly {@code AWS::NoValue} is null. */
  public Node resolve(Node value) {
    Node resolved = resolve(value, 0);
    return resolved == NO_VALUE
        ? new ScalarNode(ScalarNode.Kind.NULL, "null", value.location(), value.path())
        : resolved;
  }

  private Node resolve(Node value, int depth) {
    // a value deeper than the loaders take refers back to itself (a mapping that finds itself)
    if (depth > Budget.limits().count(Limit.DEPTH)) {
      return opaque("value nested too deeply", value);
    }
    if (value instanceof ObjectNode object) {
      return isIntrinsic(object) ? intrinsic(object, depth) : copy(object, depth);
    }
    if (value instanceof ArrayNode array) {
      return copy(array, depth);
    }
    return value;
  }

  private static boolean isIntrinsic(ObjectNode object) {
    if (object.size() != 1) {
      return false;
    }
    String key = object.entries().keySet().iterator().next();
    return key.equals("Ref") || key.startsWith("Fn::");
  }

  private ObjectNode copy(ObjectNode object, int depth) {
    built(1, object);
    ObjectNode copy = new ObjectNode(object.location(), object.path());
    object.entries().forEach((name, value) -> {
      Node resolved = resolve(value, depth + 1);
      if (resolved != NO_VALUE) {
        copy.put(object.key(name), resolved);
      }
    });
    object.duplicates().forEach(copy::recordDuplicate);
    return copy;
  }

  private ArrayNode copy(ArrayNode array, int depth) {
    built(1, array);
    ArrayNode copy = new ArrayNode(array.location(), array.path());
    for (Node item : array.items()) {
      Node resolved = resolve(item, depth + 1);
      if (resolved != NO_VALUE) {
        copy.add(resolved);
      }
    }
    return copy;
  }

  private Node intrinsic(ObjectNode call, int depth) {
    Map.Entry<String, Node> only = call.entries().entrySet().iterator().next();
    String function = only.getKey();
    Node argument = only.getValue();
    return switch (function) {
      case "Ref" -> argument instanceof ScalarNode name ? ref(name.text(), call) : malformed(function, call);
      case "Fn::GetAtt" -> getAtt(argument, call, depth);
      case "Fn::Sub" -> sub(argument, call, depth);
      case "Fn::Join" -> join(argument, call, depth);
      case "Fn::Select" -> select(argument, call, depth);
      case "Fn::Split" -> split(argument, call, depth);
      case "Fn::FindInMap" -> findInMap(argument, call, depth);
      case "Fn::ImportValue" -> importValue(text(resolve(argument, depth + 1)), call);
      case "Fn::Base64" -> resolve(argument, depth + 1);
      // The JSON text of the argument: a policy reads the same from the tree as from that text.
      case "Fn::ToJsonString" -> resolve(argument, depth + 1);
      case "Fn::If" -> ifThenElse(argument, call, depth);
      default -> opaque(function, call);
    };
  }

  private Node ref(String name, Node call) {
    return switch (name) {
      case "AWS::AccountId" -> scalar(settings.accountValue(), call);
      case "AWS::Region" -> scalar(settings.regionValue(), call);
      case "AWS::Partition" -> scalar(settings.partitionValue(), call);
      case "AWS::URLSuffix" -> scalar(settings.urlSuffix(), call);
      case "AWS::StackName", "AWS::StackId", "AWS::NotificationARNs" ->
          scalar(Symbols.token(Symbols.PSEUDO, name), call);
      case "AWS::NoValue" -> NO_VALUE;
      default -> refToTemplate(name, call);
    };
  }

  private Node refToTemplate(String name, Node call) {
    if (parameters.get(name) instanceof ObjectNode parameter) {
      return parameterValue(name, parameter, call);
    }
    if (resources.has(name)) {
      return scalar(Symbols.resource(name), call);
    }
    return opaque("Ref " + name, call);
  }

  /** The default, or the only allowed value: a parameter with one {@code AllowedValues} entry is known. */
  private Node parameterValue(String name, ObjectNode parameter, Node call) {
    ScalarNode value = parameter.get("Default") instanceof ScalarNode given ? given : onlyAllowedValue(parameter);
    if (value == null) {
      return opaque("parameter " + name, call);
    }
    if (isList(parameter)) {
      characters(value.text().length(), "the items of the list parameter " + name, call);
      return list(Arrays.stream(value.text().split(",", -1)).map(String::trim).toList(), call);
    }
    return scalar(value.text(), call);
  }

  private static boolean isList(ObjectNode parameter) {
    String type = parameter.get("Type") instanceof ScalarNode t ? t.text() : "String";
    return type.equals("CommaDelimitedList") || type.startsWith("List<");
  }

  /** An export of another template of the run in the same account, else opaque. */
  private Node importValue(String name, Node call) {
    if (Symbols.isSymbolic(name)) {
      return scalar(Symbols.imported(Symbols.render(name)), call);
    }
    return exports.value(settings.accountValue(), name)
        .map(value -> relocated(value, call))
        .orElseGet(() -> scalar(Symbols.imported(name), call));
  }

  private static ScalarNode onlyAllowedValue(ObjectNode parameter) {
    return parameter.get("AllowedValues") instanceof ArrayNode allowed
            && allowed.size() == 1
            && allowed.items().get(0) instanceof ScalarNode only
        ? only
        : null;
  }

  private Node getAtt(Node argument, Node call, int depth) {
    if (argument instanceof ScalarNode dotted && dotted.text().indexOf('.') > 0) {
      int dot = dotted.text().indexOf('.');
      return scalar(Symbols.attribute(dotted.text().substring(0, dot), dotted.text().substring(dot + 1)), call);
    }
    if (argument instanceof ArrayNode list && list.size() == 2 && list.items().get(0) instanceof ScalarNode id) {
      String attribute = text(resolve(list.items().get(1), depth + 1));
      return Symbols.isSymbolic(attribute)
          ? opaque("Fn::GetAtt " + id.text(), call)
          : scalar(Symbols.attribute(id.text(), attribute), call);
    }
    return malformed("Fn::GetAtt", call);
  }

  private Node sub(Node argument, Node call, int depth) {
    if (argument instanceof ScalarNode template) {
      return joined(SubTemplate.pieces(template.text(), name -> subValue(name, EMPTY, call, depth)), "", "Fn::Sub", call);
    }
    if (argument instanceof ArrayNode list
        && list.size() == 2
        && list.items().get(0) instanceof ScalarNode template
        && list.items().get(1) instanceof ObjectNode variables) {
      return joined(SubTemplate.pieces(template.text(), name -> subValue(name, variables, call, depth)), "", "Fn::Sub", call);
    }
    return malformed("Fn::Sub", call);
  }

  private String subValue(String name, ObjectNode variables, Node call, int depth) {
    if (variables.has(name)) {
      return text(resolve(variables.get(name), depth + 1), "variable " + name + " of Fn::Sub");
    }
    int dot = name.indexOf('.');
    if (dot > 0) {
      return Symbols.attribute(name.substring(0, dot), name.substring(dot + 1));
    }
    return text(ref(name, call));
  }

  private Node join(Node argument, Node call, int depth) {
    if (!(argument instanceof ArrayNode list) || list.size() != 2) {
      return malformed("Fn::Join", call);
    }
    Node delimiter = resolve(list.items().get(0), depth + 1);
    Node parts = resolve(list.items().get(1), depth + 1);
    if (!(delimiter instanceof ScalarNode separator) || !(parts instanceof ArrayNode items)) {
      return malformed("Fn::Join", call);
    }
    List<String> texts = new ArrayList<>();
    for (Node item : items.items()) {
      if (!(item instanceof ScalarNode part)) {
        return malformed("Fn::Join", call);
      }
      texts.add(text(part));
    }
    return joined(texts, separator.text(), "Fn::Join", call);
  }

  private Node select(Node argument, Node call, int depth) {
    if (!(argument instanceof ArrayNode list) || list.size() != 2) {
      return malformed("Fn::Select", call);
    }
    Node index = resolve(list.items().get(0), depth + 1);
    Node items = resolve(list.items().get(1), depth + 1);
    Optional<Integer> position = index instanceof ScalarNode s ? parseIndex(s.text()) : Optional.empty();
    if (position.isEmpty() || !(items instanceof ArrayNode array) || position.get() >= array.size()) {
      return opaque("Fn::Select", call);
    }
    return relocated(array.items().get(position.get()), call);
  }

  private static Optional<Integer> parseIndex(String text) {
    try {
      int value = Integer.parseInt(text.trim());
      return value >= 0 ? Optional.of(value) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private Node split(Node argument, Node call, int depth) {
    if (!(argument instanceof ArrayNode list) || list.size() != 2) {
      return malformed("Fn::Split", call);
    }
    Node delimiter = resolve(list.items().get(0), depth + 1);
    Node source = resolve(list.items().get(1), depth + 1);
    if (!(delimiter instanceof ScalarNode d) || d.text().isEmpty() || !(source instanceof ScalarNode s)) {
      return malformed("Fn::Split", call);
    }
    characters(s.text().length(), "the strings Fn::Split builds", call);
    return list(List.of(s.text().split(Pattern.quote(d.text()), -1)), call);
  }

  private Node findInMap(Node argument, Node call, int depth) {
    if (!(argument instanceof ArrayNode list) || list.size() < 3) {
      return malformed("Fn::FindInMap", call);
    }
    String[] path = new String[3];
    for (int i = 0; i < 3; i++) {
      path[i] = text(resolve(list.items().get(i), depth + 1));
    }
    String described = "Fn::FindInMap " + Symbols.render(String.join("/", path));
    if (Arrays.stream(path).anyMatch(Symbols::isSymbolic)
        || !(mappings.get(path[0]) instanceof ObjectNode map)
        || !(map.get(path[1]) instanceof ObjectNode entry)
        || !entry.has(path[2])) {
      return opaque(described, call);
    }
    return relocated(resolve(entry.get(path[2]), depth + 1), call);
  }

  private Node ifThenElse(Node argument, Node call, int depth) {
    if (!(argument instanceof ArrayNode list) || list.size() != 3 || !(list.items().get(0) instanceof ScalarNode name)) {
      return malformed("Fn::If", call);
    }
    Optional<Boolean> condition = conditions.value(name.text());
    if (condition.isPresent()) {
      return resolve(list.items().get(condition.get() ? 1 : 2), depth + 1);
    }
    Node whenTrue = resolve(list.items().get(1), depth + 1);
    Node whenFalse = resolve(list.items().get(2), depth + 1);
    return Trees.sameValue(whenTrue, whenFalse) ? whenTrue : opaque("Fn::If " + name.text(), call);
  }

  /** The string of {@code parts} with {@code separator} between them, measured before it is built. */
  private Node joined(List<String> parts, String separator, String function, Node call) {
    long length = (long) separator.length() * Math.max(0, parts.size() - 1);
    for (String part : parts) {
      length += part.length();
    }
    characters(length, "the string " + function + " builds", call);
    return scalar(String.join(separator, parts), call);
  }

  private void characters(long count, String what, Node call) {
    Budget.checkTime();
    LimitExceeded.check(Limit.STRING_LENGTH, count, what, call.location());
    LimitExceeded.check(Limit.STRING_LENGTH, charactersBuilt.addAndGet(count),
        "the strings the template's intrinsic functions build, together", call.location());
  }

  private void built(long nodes, Node at) {
    Budget.checkTime();
    LimitExceeded.check(Limit.NODES, nodesBuilt.addAndGet(nodes), "the values the template's intrinsic functions resolve to",
        file.equals(at.location().file()) ? at.location() : null);
  }

  /** The text of a resolved scalar; anything else cannot stand inside a string. */
  private static String text(Node resolved) {
    return text(resolved, "value");
  }

  /** As {@link #text(Node)}; a null (JSON null, {@code AWS::NoValue}) is no text either, whatever it is named. */
  private static String text(Node resolved, String what) {
    if (resolved instanceof ScalarNode scalar && !scalar.isNull()) {
      return scalar.text();
    }
    return Symbols.opaque(resolved instanceof ScalarNode ? what + " is null" : "non-scalar value");
  }

  private static Node relocated(Node value, Node call) {
    return value instanceof ScalarNode scalar && value != NO_VALUE
        ? new ScalarNode(scalar.kind(), scalar.text(), call.location(), call.path())
        : value;
  }

  private static ScalarNode scalar(String text, Node call) {
    return ScalarNode.string(text, call.location(), call.path());
  }

  private ArrayNode list(List<String> values, Node call) {
    built(values.size(), call);
    ArrayNode list = new ArrayNode(call.location(), call.path());
    for (String value : values) {
      list.add(ScalarNode.string(value, call.location(), call.path().child(list.size())));
    }
    return list;
  }

  private static Node opaque(String description, Node call) {
    return scalar(Symbols.opaque(description), call);
  }

  private static Node malformed(String function, Node call) {
    return opaque("malformed " + function, call);
  }

  private static ObjectNode section(ObjectNode template, String name) {
    return template.get(name) instanceof ObjectNode section ? section : EMPTY;
  }
}
