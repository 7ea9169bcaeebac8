package io.github.kubecheck.rules.references;

import io.github.kubecheck.model.PodDisruptionBudget;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.references.ReferenceIndex;
import io.github.kubecheck.references.References;
import io.github.kubecheck.references.Target;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** A disruption budget that guards no pods. */
@RuleInfo(id = "pdb-selects-nothing", category = Category.REFERENCES,
    severity = Severity.WARNING,
    summary = "A PodDisruptionBudget selects the pods of no workload in its namespace, in the "
        + "input or the cluster, or has no selector at all.",
    rationale = "A budget that matches no pods protects nothing: drains and evictions go ahead "
        + "as if it were not there. In policy/v1 a budget without a selector selects no pods, "
        + "while an empty selector ({}) selects every pod of its namespace. Pods made by "
        + "operators are invisible here: list them with the pattern Pod or NAMESPACE/* in "
        + "references.assumeExternal.",
    remediation = "Make spec.selector match the labels of the pods it should protect, in the "
        + "same namespace.")
public final class PdbSelectsNothing implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ReferenceIndex index = ctx.analysis(References.INSTANCE);
    for (PodDisruptionBudget pdb : Inputs.budgets(ctx)) {
      Resource r = pdb.resource();
      String ns = r.effectiveNamespace();
      if (pdb.selector().isEmpty()) {
        ctx.report(r, r.locate("spec"), r.describe() + " has no selector, so it selects no "
            + "pods and protects nothing.");
      } else if (!index.isExternal(Target.core("Pod", ns, ""))
          && index.pods(ns, pdb.selector().get()).isEmpty()) {
        ctx.report(r, r.locate("spec.selector"), r.describe() + " selects no pods: no workload "
            + "in namespace \"" + ns + "\" has pods matching its selector, so it protects "
            + "nothing.");
      }
    }
  }
}
