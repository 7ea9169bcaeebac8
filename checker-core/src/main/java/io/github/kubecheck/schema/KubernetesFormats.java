package io.github.kubecheck.schema;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import io.github.kubecheck.model.Quantity;
import java.util.Base64;
import java.util.List;

/** The formats Kubernetes' OpenAPI uses that plain JSON Schema does not know. */
final class KubernetesFormats {

  private KubernetesFormats() {}

  static List<Format> all() {
    return List.of(new QuantityFormat(), new IntOrStringFormat(), new ByteFormat());
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

  /** Base64-encoded bytes. */
  static final class ByteFormat implements Format {
    @Override
    public String getName() {
      return "byte";
    }

    @Override
    public boolean matches(ExecutionContext context, String value) {
      return isBase64(value);
    }

    @Override
    public String getMessageKey() {
      return "format";
    }
  }

  /** A resource quantity such as 100m or 1Gi (numbers are accepted as Kubernetes accepts them). */
  static final class QuantityFormat implements Format {
    @Override
    public String getName() {
      return "quantity";
    }

    @Override
    public boolean matches(ExecutionContext context, String value) {
      return Quantity.parse(value).isPresent();
    }

    @Override
    public String getMessageKey() {
      return "format";
    }
  }

  /** A number or a string; the type keyword carries the check, the format is a marker. */
  static final class IntOrStringFormat implements Format {
    @Override
    public String getName() {
      return "int-or-string";
    }

    @Override
    public boolean matches(ExecutionContext context, String value) {
      return true;
    }
  }
}
