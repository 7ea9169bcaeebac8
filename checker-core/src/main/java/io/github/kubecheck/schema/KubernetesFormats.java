package io.github.kubecheck.schema;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import io.github.kubecheck.model.Quantity;
import java.util.List;

/** The formats Kubernetes' OpenAPI uses that plain JSON Schema does not know. */
final class KubernetesFormats {

  private KubernetesFormats() {}

  static List<Format> all() {
    return List.of(new QuantityFormat(), new IntOrStringFormat());
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
