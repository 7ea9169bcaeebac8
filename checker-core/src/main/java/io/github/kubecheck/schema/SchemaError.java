package io.github.kubecheck.schema;

import io.github.kubecheck.model.Location;

/** One schema violation of an object, located at its key or value. */
public record SchemaError(Kind kind, Location location, String message, String remediation) {

  /** What is wrong; each kind is reported by one rule. */
  public enum Kind {
    UNKNOWN_FIELD,
    INVALID_TYPE,
    MISSING_REQUIRED_FIELD,
    INVALID_VALUE,
    /** A CRD's x-kubernetes-validations rule that kubecheck could not evaluate. */
    UNCHECKED_VALIDATION_RULE
  }
}
