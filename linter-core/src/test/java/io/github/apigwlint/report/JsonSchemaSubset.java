package io.github.apigwlint.report;

import io.github.apigwlint.source.ArrayNode;
import io.github.apigwlint.source.Node;
import io.github.apigwlint.source.ObjectNode;
import io.github.apigwlint.source.ScalarNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small JSON Schema validator, enough for the SARIF 2.1.0 schema, so that the tests need no
 * network and no extra library. It implements the keywords that schema uses: {@code $ref} (local),
 * {@code type}, {@code properties}, {@code additionalProperties}, {@code required}, {@code items},
 * {@code minItems}, {@code uniqueItems}, {@code enum}, {@code const}, {@code minimum}, {@code
 * maximum}, {@code pattern}, {@code format} (uri, uri-reference, date-time), {@code anyOf}, {@code
 * oneOf}, {@code allOf}. An unknown keyword other than annotations fails the validation, so that a
 * new schema cannot silently pass.
 */
final class JsonSchemaSubset {

  private static final Set<String> ANNOTATIONS =
      Set.of("$schema", "$id", "id", "title", "description", "default", "definitions", "$defs", "examples");

  private final ObjectNode root;

  JsonSchemaSubset(ObjectNode root) {
    this.root = root;
  }

  /** The problems of {@code instance}, empty when it is valid. */
  List<String> validate(Node instance) {
    List<String> errors = new ArrayList<>();
    check(root, instance, "", errors);
    return errors;
  }

  private void check(ObjectNode schema, Node value, String at, List<String> errors) {
    for (Map.Entry<String, Node> keyword : schema.entries().entrySet()) {
      String name = keyword.getKey();
      Node arg = keyword.getValue();
      switch (name) {
        case "$ref" -> check(resolve(((ScalarNode) arg).text()), value, at, errors);
        case "type" -> {
          List<String> types = new ArrayList<>();
          if (arg instanceof ArrayNode list) {
            list.items().forEach(t -> types.add(((ScalarNode) t).text()));
          } else {
            types.add(((ScalarNode) arg).text());
          }
          if (types.stream().noneMatch(t -> hasType(value, t))) {
            errors.add(at + ": expected " + types + ", found " + value);
          }
        }
        case "properties" -> {
          if (value instanceof ObjectNode object) {
            for (Map.Entry<String, Node> property : ((ObjectNode) arg).entries().entrySet()) {
              Node child = object.get(property.getKey());
              if (child != null) {
                check((ObjectNode) property.getValue(), child, at + "/" + property.getKey(), errors);
              }
            }
          }
        }
        case "additionalProperties" -> {
          if (value instanceof ObjectNode object) {
            Set<String> declared =
                schema.get("properties") instanceof ObjectNode properties
                    ? properties.entries().keySet()
                    : Set.of();
            for (Map.Entry<String, Node> entry : object.entries().entrySet()) {
              if (declared.contains(entry.getKey())) {
                continue;
              }
              if (arg instanceof ScalarNode flag) {
                if (flag.text().equals("false")) {
                  errors.add(at + ": property \"" + entry.getKey() + "\" is not allowed");
                }
              } else {
                check((ObjectNode) arg, entry.getValue(), at + "/" + entry.getKey(), errors);
              }
            }
          }
        }
        case "required" -> {
          if (value instanceof ObjectNode object) {
            for (Node required : ((ArrayNode) arg).items()) {
              if (!object.has(((ScalarNode) required).text())) {
                errors.add(at + ": missing required property \"" + ((ScalarNode) required).text() + "\"");
              }
            }
          }
        }
        case "items" -> {
          if (value instanceof ArrayNode array) {
            for (int i = 0; i < array.items().size(); i++) {
              check((ObjectNode) arg, array.items().get(i), at + "/" + i, errors);
            }
          }
        }
        case "minItems" -> {
          if (value instanceof ArrayNode array && array.size() < Integer.parseInt(((ScalarNode) arg).text())) {
            errors.add(at + ": fewer than " + ((ScalarNode) arg).text() + " items");
          }
        }
        case "uniqueItems" -> {
          if (value instanceof ArrayNode array && ((ScalarNode) arg).text().equals("true")) {
            Set<String> seen = new HashSet<>();
            for (Node item : array.items()) {
              if (!seen.add(canonical(item))) {
                errors.add(at + ": items are not unique");
              }
            }
          }
        }
        case "enum" -> {
          boolean found = ((ArrayNode) arg).items().stream().anyMatch(e -> canonical(e).equals(canonical(value)));
          if (!found) {
            errors.add(at + ": " + value + " is not one of " + arg);
          }
        }
        case "const" -> {
          if (!canonical(arg).equals(canonical(value))) {
            errors.add(at + ": expected " + arg);
          }
        }
        case "minimum", "maximum" -> {
          if (value instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.NUMBER) {
            int cmp = new BigDecimal(scalar.text()).compareTo(new BigDecimal(((ScalarNode) arg).text()));
            if (name.equals("minimum") ? cmp < 0 : cmp > 0) {
              errors.add(at + ": " + scalar.text() + " is out of range (" + name + " " + arg + ")");
            }
          }
        }
        case "pattern" -> {
          if (value instanceof ScalarNode scalar && scalar.isString()
              && !Pattern.compile(((ScalarNode) arg).text()).matcher(scalar.text()).find()) {
            errors.add(at + ": \"" + scalar.text() + "\" does not match " + arg);
          }
        }
        case "format" -> {
          if (value instanceof ScalarNode scalar && scalar.isString()) {
            format(((ScalarNode) arg).text(), scalar.text(), at, errors);
          }
        }
        case "anyOf", "oneOf" -> {
          int matching = 0;
          for (Node option : ((ArrayNode) arg).items()) {
            List<String> optionErrors = new ArrayList<>();
            check((ObjectNode) option, value, at, optionErrors);
            if (optionErrors.isEmpty()) {
              matching++;
            }
          }
          if (name.equals("anyOf") ? matching == 0 : matching != 1) {
            errors.add(at + ": " + matching + " of the " + name + " options match");
          }
        }
        case "allOf" -> ((ArrayNode) arg).items().forEach(option -> check((ObjectNode) option, value, at, errors));
        default -> {
          if (!ANNOTATIONS.contains(name)) {
            throw new IllegalStateException("schema keyword not supported by this validator: " + name);
          }
        }
      }
    }
  }

  private static void format(String format, String text, String at, List<String> errors) {
    switch (format) {
      case "uri", "uri-reference" -> {
        try {
          URI uri = new URI(text);
          if (format.equals("uri") && !uri.isAbsolute()) {
            errors.add(at + ": \"" + text + "\" is not an absolute URI");
          }
        } catch (URISyntaxException e) {
          errors.add(at + ": \"" + text + "\" is not a URI: " + e.getMessage());
        }
      }
      case "date-time" -> {
        try {
          OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
          errors.add(at + ": \"" + text + "\" is not a date-time");
        }
      }
      default -> throw new IllegalStateException("format not supported by this validator: " + format);
    }
  }

  private ObjectNode resolve(String ref) {
    if (!ref.startsWith("#/")) {
      throw new IllegalStateException("only local $ref is supported: " + ref);
    }
    Node node = root;
    for (String part : ref.substring(2).split("/")) {
      node = ((ObjectNode) node).get(part.replace("~1", "/").replace("~0", "~"));
    }
    return (ObjectNode) node;
  }

  private static boolean hasType(Node value, String type) {
    return switch (type) {
      case "object" -> value instanceof ObjectNode;
      case "array" -> value instanceof ArrayNode;
      case "string" -> value instanceof ScalarNode s && s.isString();
      case "boolean" -> value instanceof ScalarNode s && s.kind() == ScalarNode.Kind.BOOLEAN;
      case "null" -> value instanceof ScalarNode s && s.isNull();
      case "number" -> value instanceof ScalarNode s && s.kind() == ScalarNode.Kind.NUMBER;
      case "integer" -> value instanceof ScalarNode s && s.kind() == ScalarNode.Kind.NUMBER
          && new BigDecimal(s.text()).stripTrailingZeros().scale() <= 0;
      default -> throw new IllegalStateException("unknown type " + type);
    };
  }

  /** A value as comparable text: objects with sorted keys. */
  private static String canonical(Node node) {
    if (node instanceof ObjectNode object) {
      StringBuilder text = new StringBuilder("{");
      object.entries().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> text.append('"').append(e.getKey()).append("\":").append(canonical(e.getValue())).append(','));
      return text.append('}').toString();
    }
    if (node instanceof ArrayNode array) {
      StringBuilder text = new StringBuilder("[");
      array.items().forEach(item -> text.append(canonical(item)).append(','));
      return text.append(']').toString();
    }
    ScalarNode scalar = (ScalarNode) node;
    return scalar.kind() + ":" + scalar.text();
  }
}
