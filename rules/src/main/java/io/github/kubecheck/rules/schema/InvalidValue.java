package io.github.kubecheck.rules.schema;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.schema.SchemaError;

/** A value outside what the field accepts: an enum, a quantity, a pattern, a range. */
@RuleInfo(id = "invalid-value", category = Category.SCHEMA, severity = Severity.ERROR,
    summary = "A value the field does not accept: not one of its allowed values, not a valid "
        + "quantity (cpu: 1 core), not base64 where the field holds bytes (Secret data), not a "
        + "percentage or a port name where an int-or-string takes one, outside its range, not "
        + "matching its pattern, or failing a CRD's x-kubernetes-validations rule.",
    rationale = "The API server validates these values and refuses the object; a CRD's CEL rules "
        + "are evaluated by its API server on create (transition rules, on updates only).",
    remediation = "Use a value the field accepts; the message lists the allowed values where "
        + "there is a fixed set.")
public final class InvalidValue extends SchemaErrorRule {

  public InvalidValue() {
    super(SchemaError.Kind.INVALID_VALUE);
  }
}
