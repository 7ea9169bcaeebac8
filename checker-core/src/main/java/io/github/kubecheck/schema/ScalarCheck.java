package io.github.kubecheck.schema;

import io.github.kubecheck.model.Quantity;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.ScalarNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code type: string}, {@code integer}, {@code number}, {@code boolean} or a list of them, with
 * the quantity, byte (base64), percentage and port-name formats checked on strings (numbers are quantities too, as
 * Kubernetes reads them).
 * Values are typed as NodeJson gives them to JSON Schema: a whole number written as a decimal
 * ({@code 3.0}) is an integer, as JSON Schema from draft 6 and the API server's decoder have it.
 */
final class ScalarCheck implements ValueCheck {

  static final int STRING = 1;
  static final int INTEGER = 2;
  static final int NUMBER = 4;
  static final int BOOLEAN = 8;

  /** The formats kubecheck checks on strings. */
  enum Format { NONE, QUANTITY, BYTE, PERCENT, PORT }

  private final int types;
  private final Format format;
  private final String expected;

  ScalarCheck(List<String> typeNames, Format format) {
    int t = 0;
    for (String name : typeNames) {
      t |= switch (name) {
        case "string" -> STRING;
        case "integer" -> INTEGER;
        case "number" -> NUMBER;
        case "boolean" -> BOOLEAN;
        default -> throw new IllegalArgumentException("not a scalar type: " + name);
      };
    }
    this.types = t;
    this.format = format;
    this.expected = SchemaMessages.expected(typeNames);
  }

  @Override
  public void check(Node value, Trail at, Walk walk) {
    if (!(value instanceof ScalarNode s) || !accepts(s)) {
      walk.invalidType(value, at, expected);
      return;
    }
    if (format == Format.QUANTITY && s.isString() && Quantity.parse(s.text()).isEmpty()) {
      walk.invalidValue(value, at, SchemaMessages.NOT_A_QUANTITY);
    } else if (format == Format.BYTE && s.isString() && !KubernetesFormats.isBase64(s.text())) {
      walk.invalidValue(value, at, SchemaMessages.NOT_BASE64);
    } else if (format == Format.PERCENT && s.isString() && !KubernetesFormats.isPercent(s.text())) {
      walk.invalidValue(value, at, SchemaMessages.NOT_A_PERCENT);
    } else if (format == Format.PORT && s.isString() && !KubernetesFormats.isPortName(s.text())) {
      walk.invalidValue(value, at, SchemaMessages.NOT_A_PORT);
    }
  }

  private boolean accepts(ScalarNode s) {
    return switch (s.type()) {
      case STRING -> (types & STRING) != 0;
      case BOOL -> (types & BOOLEAN) != 0;
      case INT -> (types & (INTEGER | NUMBER)) != 0;
      case FLOAT -> (types & NUMBER) != 0 || (types & INTEGER) != 0 && isWhole(s.text());
      case NULL -> false;
    };
  }

  private static boolean isWhole(String text) {
    try {
      BigDecimal d = new BigDecimal(text.replace("_", ""));
      return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
