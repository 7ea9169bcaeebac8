package io.github.kubecheck.rules.schema;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.schema.SchemaError;

/** A value of the wrong JSON type. */
@RuleInfo(id = "invalid-type", category = Category.SCHEMA, severity = Severity.ERROR,
    summary = "A field has a value of the wrong type, such as replicas: \"3\" (a string) where "
        + "an integer is expected.",
    rationale = "The API server decodes the object into typed fields and refuses a value of "
        + "another type (\"cannot unmarshal string into Go struct field\").",
    remediation = "Write the value with the type the field takes: remove quotes around numbers "
        + "and booleans, quote strings that look like numbers.")
public final class InvalidType extends SchemaErrorRule {

  public InvalidType() {
    super(SchemaError.Kind.INVALID_TYPE);
  }
}
