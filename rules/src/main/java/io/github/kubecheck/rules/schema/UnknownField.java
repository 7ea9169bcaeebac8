package io.github.kubecheck.rules.schema;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.schema.SchemaError;

/** A field the API type does not have. */
@RuleInfo(id = "unknown-field", category = Category.SCHEMA, severity = Severity.ERROR,
    summary = "A field that the object's API type does not have, usually a typo or a field at the "
        + "wrong level of indentation.",
    rationale = "With strict field validation (kubectl's default since 1.27) the API server "
        + "rejects the object; with lax validation it silently drops the field, so a setting "
        + "you wrote (say imagePullPolcy) never takes effect.",
    remediation = "Remove the field or correct its spelling and indentation.")
public final class UnknownField extends SchemaErrorRule {

  public UnknownField() {
    super(SchemaError.Kind.UNKNOWN_FIELD);
  }
}
