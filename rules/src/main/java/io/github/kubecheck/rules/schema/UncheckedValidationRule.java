package io.github.kubecheck.rules.schema;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.schema.SchemaError;

/** A CRD validation rule (CEL) that applies to a value but could not be evaluated. */
@RuleInfo(id = "unchecked-validation-rule", category = Category.SCHEMA, severity = Severity.INFO,
    summary = "An x-kubernetes-validations rule of a CustomResourceDefinition applies to a value "
        + "but kubecheck could not evaluate it, so the value was not checked against it.",
    rationale = "kubecheck evaluates a CRD's CEL rules with CEL's standard functions, macros and "
        + "string extensions. A rule using Kubernetes' own CEL libraries (quantity(), url(), "
        + "ip(), isSorted(), ...), or one whose evaluation fails (a field it reads is absent), "
        + "is not checked, and saying so beats a silent pass. Transition rules (those that name "
        + "oldSelf) run only on updates, so they are not evaluated and not reported.",
    remediation = "Check the value against the rule by hand or against a cluster (kubectl apply "
        + "--dry-run=server); set this rule to off in .kubecheck.yaml to hide the notes.")
public final class UncheckedValidationRule extends SchemaErrorRule {

  public UncheckedValidationRule() {
    super(SchemaError.Kind.UNCHECKED_VALIDATION_RULE);
  }
}
