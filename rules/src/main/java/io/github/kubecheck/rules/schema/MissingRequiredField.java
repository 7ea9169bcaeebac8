package io.github.kubecheck.rules.schema;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.schema.SchemaError;

/** A required field that is absent. */
@RuleInfo(id = "missing-required-field", category = Category.SCHEMA, severity = Severity.ERROR,
    summary = "A field the API type requires is missing, such as a pod's containers.",
    rationale = "The API server refuses objects without their required fields (\"Required "
        + "value\").",
    remediation = "Add the field at the place shown.")
public final class MissingRequiredField extends SchemaErrorRule {

  public MissingRequiredField() {
    super(SchemaError.Kind.MISSING_REQUIRED_FIELD);
  }
}
