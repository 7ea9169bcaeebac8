package io.github.kubecheck.yaml;

import java.util.Optional;

/**
 * A scalar with its text as written and the type Kubernetes gives it when it reads the manifest.
 *
 * @param text the scalar's value, without quotes
 * @param type the type after Kubernetes' YAML resolution (YAML 1.1 rules for plain scalars)
 * @param plain whether it was written without quotes or block style
 */
public record ScalarNode(String text, ScalarType type, boolean plain, Span span) implements Node {

  @Override
  public String typeName() {
    return type.jsonName();
  }

  public boolean isNull() {
    return type == ScalarType.NULL;
  }

  public boolean isString() {
    return type == ScalarType.STRING;
  }

  /** The value as a boolean when Kubernetes reads it as one. */
  public Optional<Boolean> asBoolean() {
    return type == ScalarType.BOOL ? Optional.of(ScalarType.booleanValue(text)) : Optional.empty();
  }

  /** The value as a whole number when Kubernetes reads it as one. */
  public Optional<Long> asLong() {
    return type == ScalarType.INT ? ScalarType.longValue(text) : Optional.empty();
  }
}
