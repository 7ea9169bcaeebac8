package io.github.kubecheck.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.NodePath;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one validator message into a kubecheck {@link SchemaError} with words a user reads. */
final class ErrorMapping {

  private static final Pattern DEFINITION = Pattern.compile("definitions/([^/]+)");

  private ErrorMapping() {}

  static SchemaError toError(Resource r, KindSchema schema, ValidationMessage m) {
    String at = SchemaValidator.path(m.getInstanceLocation());
    String type = m.getType();
    return switch (type) {
      case "additionalProperties" -> unknownField(r, schema, m, at);
      case "required" -> missing(r, schema, m, at);
      case "type" -> invalidType(r, m, at);
      default -> invalidValue(r, m, at);
    };
  }

  private static SchemaError unknownField(Resource r, KindSchema schema, ValidationMessage m,
      String parent) {
    String field = m.getProperty();
    String path = NodePath.child(parent, field);
    String owner = ownerType(schema, m);
    List<String> known = knownProperties(schema, m);
    Optional<String> suggestion = Suggestions.closest(field, known);
    String message = "unknown field \"" + field + "\" in " + owner;
    String remediation = suggestion
        .map(s -> "Remove the field or correct its spelling (did you mean " + s + "?)")
        .orElse("Remove the field; " + owner + " has no such field"
            + (known.isEmpty() ? "" : " (it has: " + String.join(", ", known.stream().limit(12)
            .toList()) + (known.size() > 12 ? ", ..." : "") + ")"));
    return new SchemaError(SchemaError.Kind.UNKNOWN_FIELD, keyLocation(r, path), message,
        remediation);
  }

  private static SchemaError missing(Resource r, KindSchema schema, ValidationMessage m,
      String parent) {
    String field = m.getProperty();
    String path = NodePath.child(parent, field);
    Location lacking = parent.isEmpty() ? r.whole() : keyLocation(r, parent);
    String message = "missing required field \"" + field + "\" in " + ownerType(schema, m);
    return new SchemaError(SchemaError.Kind.MISSING_REQUIRED_FIELD,
        new Location(lacking.span(), path), message, "Add " + path + ".");
  }

  private static SchemaError invalidType(Resource r, ValidationMessage m, String at) {
    Node value = valueNode(r, at);
    String expected = expectedType(m.getSchemaNode());
    String found = value == null ? "nothing" : describe(value);
    String message = "invalid type for " + at + ": expected " + expected + ", got " + found;
    String fix = value != null && value.asScalar().isPresent() && expected.contains("string")
        ? "Quote the value: \"" + value.asScalar().get().text() + "\"."
        : value != null && value.asScalar().filter(s -> s.isString()).isPresent()
            && (expected.contains("integer") || expected.contains("number")
            || expected.contains("boolean"))
            ? "Remove the quotes: Kubernetes wants " + expected + " here."
            : "Write " + at + " as " + expected + ".";
    return new SchemaError(SchemaError.Kind.INVALID_TYPE, valueLocation(r, at), message, fix);
  }

  private static SchemaError invalidValue(Resource r, ValidationMessage m, String at) {
    Node value = valueNode(r, at);
    String detail;
    JsonNode schemaNode = m.getSchemaNode();
    if ("enum".equals(m.getType()) && schemaNode != null && schemaNode.isArray()) {
      List<String> allowed = new ArrayList<>();
      schemaNode.forEach(n -> allowed.add(n.asText()));
      detail = "must be one of " + String.join(", ", allowed);
    } else if ("format".equals(m.getType()) && "quantity".equals(formatName(m))) {
      detail = "is not a valid quantity (e.g. 500m, 2, 1.5Gi, 512Mi)";
    } else {
      detail = stripPath(m.getMessage());
    }
    String shown = value == null ? "" : " " + value.asScalar()
        .map(v -> v.isString() ? "\"" + v.text() + "\"" : v.text()).orElse(describe(value));
    return new SchemaError(SchemaError.Kind.INVALID_VALUE, valueLocation(r, at),
        "invalid value" + shown + " for " + (at.isEmpty() ? "the object" : at) + ": " + detail,
        "Use a value the field accepts.");
  }

  private static String formatName(ValidationMessage m) {
    JsonNode s = m.getSchemaNode();
    return s != null && s.isTextual() ? s.asText() : "";
  }

  private static String stripPath(String message) {
    int colon = message.indexOf(": ");
    return colon >= 0 && message.startsWith("$") ? message.substring(colon + 2) : message;
  }

  private static String expectedType(JsonNode typeNode) {
    if (typeNode == null) {
      return "another type";
    }
    if (typeNode.isArray()) {
      List<String> types = new ArrayList<>();
      typeNode.forEach(t -> types.add(article(t.asText())));
      return String.join(" or ", types);
    }
    return article(typeNode.asText());
  }

  private static String article(String type) {
    return switch (type) {
      case "object" -> "an object";
      case "array" -> "a list";
      case "integer" -> "an integer";
      default -> "a " + type;
    };
  }

  private static String describe(Node value) {
    if (value instanceof MappingNode) {
      return "an object";
    }
    if (value.asSequence().isPresent()) {
      return "a list";
    }
    var s = value.asScalar().orElseThrow();
    String t = s.typeName();
    String text = s.isString() ? "\"" + s.text() + "\"" : s.text();
    return article(t) + " " + text;
  }

  private static Node valueNode(Resource r, String path) {
    return path.isEmpty() ? r.node() : r.node().at(path).orElse(null);
  }

  private static Location keyLocation(Resource r, String path) {
    return r.locate(path);
  }

  private static Location valueLocation(Resource r, String path) {
    Node value = valueNode(r, path);
    return value == null ? r.locate(path) : new Location(value.span(), path);
  }

  /** The API type that owns the field, from where in the schema the error was found. */
  private static String ownerType(KindSchema schema, ValidationMessage m) {
    Matcher d = DEFINITION.matcher(m.getSchemaLocation().toString());
    String found = null;
    while (d.find()) {
      found = d.group(1);
    }
    return found != null ? found.replace("~1", "/") : schema.typeName();
  }

  private static List<String> knownProperties(KindSchema schema, ValidationMessage m) {
    JsonNode parent = parentSchema(schema.schema(), m.getSchemaLocation().toString());
    List<String> names = new ArrayList<>();
    if (parent != null && parent.has("properties")) {
      Iterator<String> it = parent.get("properties").fieldNames();
      it.forEachRemaining(names::add);
    }
    names.sort(String.CASE_INSENSITIVE_ORDER);
    return names;
  }

  /** The schema object that holds the failing additionalProperties keyword. */
  private static JsonNode parentSchema(JsonNode root, String location) {
    int hash = location.indexOf('#');
    if (hash < 0) {
      return null;
    }
    String pointer = location.substring(hash + 1);
    if (pointer.endsWith("/additionalProperties")) {
      pointer = pointer.substring(0, pointer.length() - "/additionalProperties".length());
    }
    JsonNode node = root.at(pointer.isEmpty() ? "" : pointer);
    return node.isMissingNode() ? null : node;
  }
}
