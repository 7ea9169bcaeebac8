package io.github.kubecheck.schema;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import io.github.kubecheck.model.Quantity;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The formats Kubernetes' OpenAPI uses that plain JSON Schema does not know. */
final class KubernetesFormats {

  private static final Pattern PERCENT = Pattern.compile("[0-9]+%");
  private static final Pattern PORT_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");

  private KubernetesFormats() {}

  static List<Format> all() {
    return List.of(
        new StringFormat("quantity", v -> Quantity.parse(v).isPresent()),
        // A number or a string: the type keyword carries the check, the format is a marker.
        new StringFormat("int-or-string", v -> true),
        new StringFormat("int-or-percent", KubernetesFormats::isPercent),
        new StringFormat("int-or-port", KubernetesFormats::isPortName),
        new StringFormat("byte", KubernetesFormats::isBase64));
  }

  /** The string form of maxSurge, maxUnavailable, minAvailable: digits and a percent sign. */
  static boolean isPercent(String value) {
    return PERCENT.matcher(value).matches();
  }

  /**
   * A port name as Kubernetes validates it (IANA service name): at most 15 lower-case letters,
   * digits and '-', at least one letter, no '-' at either end or twice in a row.
   */
  static boolean isPortName(String value) {
    return value.length() <= 15 && PORT_NAME.matcher(value).matches() && !value.contains("--")
        && value.chars().anyMatch(c -> c >= 'a' && c <= 'z');
  }

  /** A format checked on strings by a predicate. */
  static final class StringFormat implements Format {
    private final String name;
    private final Predicate<String> test;

    StringFormat(String name, Predicate<String> test) {
      this.name = name;
      this.test = test;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean matches(ExecutionContext context, String value) {
      return test.test(value);
    }

    @Override
    public String getMessageKey() {
      return "format";
    }
  }

  /**
   * Whether a string is what the API server decodes into bytes ({@code format: byte}, e.g. a
   * Secret's data): standard base64 with padding, line breaks ignored, as Go's decoder reads it.
   */
  static boolean isBase64(String value) {
    String s = value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
        ? value.replace("\n", "").replace("\r", "") : value;
    if (s.length() % 4 != 0) {
      return false;
    }
    try {
      Base64.getDecoder().decode(s);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
