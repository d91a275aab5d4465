package io.github.apigwlint.source;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Converts one composed snakeyaml tree into located nodes. Aliases are expanded, so the run's limit
 * on values stops alias bombs that stay under the alias limit, the characters aliases repeat count
 * together against the string length limit, and the depth limit stops recursive anchors
 * ({@link TreeLimits}, checked before each descent).
 */
final class YamlTreeBuilder {

  /** Short forms kept under their own name; every other {@code !Name} becomes {@code Fn::Name}. */
  private static final Set<String> UNPREFIXED = Set.of("Ref", "Condition");

  private final String file;
  private final LineIndex lines;
  /** One string per key spelling: a template repeats {@code Type} and {@code Properties} hundreds of times. */
  private final Map<String, String> keyNames = new HashMap<>();
  private final TreeLimits limits = new TreeLimits("YAML");
  /** The anchored nodes built once: met again, they are an alias's repetition. */
  private final Set<org.snakeyaml.engine.v2.nodes.Node> anchored = Collections.newSetFromMap(new IdentityHashMap<>());
  /** How many aliases the node being built is inside. */
  private int repeating;

  YamlTreeBuilder(String file, LineIndex lines) {
    this.file = file;
    this.lines = lines;
  }

  Node build(org.snakeyaml.engine.v2.nodes.Node root) {
    return node(root, Pointer.ROOT, 0);
  }

  private Node node(org.snakeyaml.engine.v2.nodes.Node yaml, Pointer pointer, int depth) {
    Location location = start(yaml);
    limits.value(depth, location);
    boolean repeated = yaml.getAnchor().isPresent() && !anchored.add(yaml);
    if (repeated) {
      repeating++;
    }
    try {
      String tag = yaml.getTag().getValue();
      if (tag.startsWith("!") && !isEnvironmentVariable(yaml)) {
        return shortForm(tag.substring(1), yaml, location, pointer, depth);
      }
      return untagged(yaml, location, pointer, depth);
    } finally {
      if (repeated) {
        repeating--;
      }
    }
  }

  /**
   * The core schema of snakeyaml-engine resolves a plain {@code ${Name}} to its environment variable
   * tag; YAML itself knows no such tag, and CloudFormation reads the text ({@code Fn::Sub: ${Stage}}).
   */
  private static boolean isEnvironmentVariable(org.snakeyaml.engine.v2.nodes.Node yaml) {
    return yaml.getTag().equals(Tag.ENV_TAG) && yaml instanceof org.snakeyaml.engine.v2.nodes.ScalarNode scalar && scalar.isPlain();
  }

  /** A scalar's text, escapes undone, in which no symbol can be forged, held to the string length limit, and counted when an alias repeats it. */
  private String text(org.snakeyaml.engine.v2.nodes.ScalarNode yaml, Location location) {
    String text = Symbols.literal(yaml.getValue());
    limits.string(text, location);
    if (repeating > 0) {
      limits.repeated(text, location);
    }
    return text;
  }

  private Node untagged(org.snakeyaml.engine.v2.nodes.Node yaml, Location location, Pointer pointer, int depth) {
    if (yaml instanceof MappingNode mapping) {
      ObjectNode object = new ObjectNode(location, pointer);
      for (NodeTuple entry : mapping.getValue()) {
        ObjectNode.Key key = new ObjectNode.Key(keyName(entry.getKeyNode()), start(entry.getKeyNode()));
        object.put(key, node(entry.getValueNode(), pointer.child(key.name()), depth + 1));
      }
      return object;
    }
    if (yaml instanceof SequenceNode sequence) {
      ArrayNode array = new ArrayNode(location, pointer);
      for (org.snakeyaml.engine.v2.nodes.Node item : sequence.getValue()) {
        array.add(node(item, pointer.child(array.size()), depth + 1));
      }
      return array;
    }
    return scalar((org.snakeyaml.engine.v2.nodes.ScalarNode) yaml, location, pointer);
  }

  private ScalarNode scalar(
      org.snakeyaml.engine.v2.nodes.ScalarNode yaml, Location location, Pointer pointer) {
    String text = text(yaml, location);
    Tag tag = yaml.getTag();
    if (tag.equals(Tag.NULL)) {
      return new ScalarNode(ScalarNode.Kind.NULL, "null", location, pointer);
    }
    if (tag.equals(Tag.BOOL)) {
      return new ScalarNode(ScalarNode.Kind.BOOLEAN, text.toLowerCase(), location, pointer);
    }
    if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
      return new ScalarNode(ScalarNode.Kind.NUMBER, text, location, pointer);
    }
    return ScalarNode.string(text, location, pointer);
  }

  /** {@code !Ref X} → {"Ref": "X"}, {@code !GetAtt A.B.C} → {"Fn::GetAtt": ["A", "B.C"]} … */
  private Node shortForm(
      String name, org.snakeyaml.engine.v2.nodes.Node yaml, Location tagAt, Pointer pointer, int depth) {
    String key = UNPREFIXED.contains(name) ? name : "Fn::" + name;
    Pointer valuePointer = pointer.child(key);
    Location valueAt = afterProperties(tagAt);
    Node value;
    if (yaml instanceof org.snakeyaml.engine.v2.nodes.ScalarNode scalar) {
      value = name.equals("GetAtt")
          ? getAttList(scalar, valueAt, valuePointer)
          : ScalarNode.string(text(scalar, valueAt), valueAt, valuePointer);
    } else {
      value = untagged(yaml, valueAt, valuePointer, depth);
    }
    ObjectNode intrinsic = new ObjectNode(tagAt, pointer);
    intrinsic.put(new ObjectNode.Key(key, tagAt), value);
    return intrinsic;
  }

  private ArrayNode getAttList(
      org.snakeyaml.engine.v2.nodes.ScalarNode scalar, Location at, Pointer pointer) {
    String text = text(scalar, at);
    ArrayNode list = new ArrayNode(at, pointer);
    int dot = text.indexOf('.');
    if (dot < 0) {
      list.add(ScalarNode.string(text, at, pointer.child(0)));
    } else {
      list.add(ScalarNode.string(text.substring(0, dot), at, pointer.child(0)));
      // Only a plain scalar's characters stand one to one in the source.
      Location attributeAt =
          scalar.isPlain() ? new Location(at.file(), at.line(), at.column() + dot + 1) : at;
      list.add(ScalarNode.string(text.substring(dot + 1), attributeAt, pointer.child(1)));
    }
    return list;
  }

  private String keyName(org.snakeyaml.engine.v2.nodes.Node key) {
    if (key instanceof org.snakeyaml.engine.v2.nodes.ScalarNode scalar) {
      return keyNames.computeIfAbsent(text(scalar, start(key)), name -> name);
    }
    throw new SourceParseException("only scalar keys are supported", start(key));
  }

  private Location start(org.snakeyaml.engine.v2.nodes.Node yaml) {
    return yaml.getStartMark().map(mark -> YamlLoader.at(file, mark)).orElse(Location.ofFile(file));
  }

  /** A node's mark stands on its tag or anchor; the value itself starts after them. */
  private Location afterProperties(Location at) {
    String text = lines.text();
    int offset = lines.offset(at.line(), at.column());
    if (offset < 0) {
      return at;
    }
    while (offset < text.length() && (text.charAt(offset) == '!' || text.charAt(offset) == '&')) {
      while (offset < text.length() && !Character.isWhitespace(text.charAt(offset))) {
        offset++;
      }
      while (offset < text.length() && Character.isWhitespace(text.charAt(offset))) {
        offset++;
      }
    }
    return offset < text.length() ? lines.location(at.file(), offset) : at;
  }
}
