package io.github.kubecheck.schema;

import io.github.kubecheck.model.Location;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.ScalarNode;
import io.github.kubecheck.yaml.ScalarType;
import io.github.kubecheck.yaml.Span;
import java.util.List;
import java.util.Optional;

/**
 * The words of every schema error, whichever validator found it, so both say the same thing
 * about the same problem.
 */
final class SchemaMessages {

  private SchemaMessages() {}

  /** An unknown field, located at its key; {@code known} are the owner's fields, sorted. */
  static SchemaError unknownField(Span key, String path, String field, String owner,
      List<String> known) {
    Optional<String> suggestion = Suggestions.closest(field, known);
    String message = "unknown field \"" + field + "\" in " + owner;
    String remediation = suggestion
        .map(s -> "Remove the field or correct its spelling (did you mean " + s + "?)")
        .orElse("Remove the field; " + owner + " has no such field"
            + (known.isEmpty() ? "" : " (it has: " + String.join(", ", known.stream().limit(12)
            .toList()) + (known.size() > 12 ? ", ..." : "") + ")"));
    return new SchemaError(SchemaError.Kind.UNKNOWN_FIELD, new Location(key, path), message,
        remediation);
  }

  /** A missing field, located at the key of the mapping that lacks it. */
  static SchemaError missing(Span lacking, String path, String field, String owner) {
    String message = "missing required field \"" + field + "\" in " + owner;
    return new SchemaError(SchemaError.Kind.MISSING_REQUIRED_FIELD, new Location(lacking, path),
        message, "Add " + path + ".");
  }

  /** A value of the wrong type; {@code expected} as {@link #expected} words it. */
  static SchemaError invalidType(Location at, Node value, String expected) {
    String path = at.path();
    String found = value == null ? "nothing" : describe(value);
    String message = "invalid type for " + path + ": expected " + expected + ", got " + found
        + yaml11Note(value);
    String fix = value != null && value.asScalar().isPresent() && expected.contains("string")
        ? "Quote the value: \"" + value.asScalar().get().text() + "\"."
        : value != null && value.asScalar().filter(ScalarNode::isString).isPresent()
            && (expected.contains("integer") || expected.contains("number")
            || expected.contains("boolean"))
            ? "Remove the quotes: Kubernetes wants " + expected + " here."
            : "Write " + path + " as " + expected + ".";
    return new SchemaError(SchemaError.Kind.INVALID_TYPE, at, message, fix);
  }

  /** A value the field does not accept; {@code detail} says why ("must be one of ..."). */
  static SchemaError invalidValue(Location at, Node value, String detail) {
    String path = at.path();
    // A scalar is quoted in the message; an object or a list is named by its path alone.
    String shown = value == null ? "" : value.asScalar()
        .map(v -> " " + (v.isString() ? "\"" + v.text() + "\"" : v.text())).orElse("");
    return new SchemaError(SchemaError.Kind.INVALID_VALUE, at,
        "invalid value" + shown + " for " + (path.isEmpty() ? "the object" : path) + ": "
            + detail, "Use a value the field accepts.");
  }

  static final String NOT_BASE64 = "is not base64; the field holds base64-encoded bytes (for a "
      + "Secret, put plain text under stringData instead)";

  static final String NOT_A_PERCENT = "must be a whole number or a percentage such as 25%";

  static final String NOT_A_PORT = "must be a port number or the name of a port (at most 15 "
      + "lower-case letters, digits and '-', with at least one letter)";

  static final String NOT_A_QUANTITY = "is not a valid quantity (e.g. 500m, 2, 1.5Gi, 512Mi)";

  /** "an integer", "a string or a number": JSON Schema type names as a sentence says them. */
  static String expected(List<String> types) {
    return String.join(" or ", types.stream().map(SchemaMessages::article).toList());
  }

  static String article(String type) {
    return switch (type) {
      case "object" -> "an object";
      case "array" -> "a list";
      case "integer" -> "an integer";
      default -> "a " + type;
    };
  }

  static String describe(Node value) {
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

  /** Why an unquoted yes, on or 0755 is not the string it looks like. */
  private static String yaml11Note(Node value) {
    if (value instanceof ScalarNode s && s.plain()) {
      if (s.type() == ScalarType.BOOL && ScalarType.isYaml11Only(s.text())) {
        return " (Kubernetes reads an unquoted " + s.text() + " as a boolean)";
      }
      if (s.type() == ScalarType.INT && ScalarType.isOctal(s.text())) {
        return " (Kubernetes reads an unquoted " + s.text() + " as the octal number "
            + s.asLong().orElse(0L) + ")";
      }
    }
    return "";
  }
}
