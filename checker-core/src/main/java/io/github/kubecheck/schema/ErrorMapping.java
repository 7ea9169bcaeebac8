package io.github.kubecheck.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.NodePath;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
    return SchemaMessages.unknownField(r.locate(path).span(), path, field, ownerType(schema, m),
        knownProperties(schema, m));
  }

  private static SchemaError missing(Resource r, KindSchema schema, ValidationMessage m,
      String parent) {
    String field = m.getProperty();
    Location lacking = parent.isEmpty() ? r.whole() : r.locate(parent);
    return SchemaMessages.missing(lacking.span(), NodePath.child(parent, field), field,
        ownerType(schema, m));
  }

  private static SchemaError invalidType(Resource r, ValidationMessage m, String at) {
    return SchemaMessages.invalidType(valueLocation(r, at), valueNode(r, at),
        expectedType(m.getSchemaNode()));
  }

  private static SchemaError invalidValue(Resource r, ValidationMessage m, String at) {
    String detail;
    JsonNode schemaNode = m.getSchemaNode();
    if ("enum".equals(m.getType()) && schemaNode != null && schemaNode.isArray()) {
      List<String> allowed = new ArrayList<>();
      schemaNode.forEach(n -> allowed.add(n.asText()));
      detail = "must be one of " + String.join(", ", allowed);
    } else if ("format".equals(m.getType()) && "quantity".equals(formatName(m))) {
      detail = SchemaMessages.NOT_A_QUANTITY;
    } else if ("format".equals(m.getType()) && "byte".equals(formatName(m))) {
      detail = SchemaMessages.NOT_BASE64;
    } else if ("format".equals(m.getType()) && "int-or-percent".equals(formatName(m))) {
      detail = SchemaMessages.NOT_A_PERCENT;
    } else if ("format".equals(m.getType()) && "int-or-port".equals(formatName(m))) {
      detail = SchemaMessages.NOT_A_PORT;
    } else {
      detail = stripPath(m.getMessage());
    }
    return SchemaMessages.invalidValue(valueLocation(r, at), valueNode(r, at), detail);
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
    List<String> types = new ArrayList<>();
    if (typeNode.isArray()) {
      typeNode.forEach(t -> types.add(t.asText()));
    } else {
      types.add(typeNode.asText());
    }
    return SchemaMessages.expected(types);
  }

  private static Node valueNode(Resource r, String path) {
    return path.isEmpty() ? r.node() : r.node().at(path).orElse(null);
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
