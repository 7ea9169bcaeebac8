package io.github.kubecheck.rules.references;

import io.github.kubecheck.model.LabelSelector;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.references.ReferenceIndex;
import io.github.kubecheck.references.References;
import io.github.kubecheck.references.Target;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** A NetworkPolicy that applies to no pod. */
@RuleInfo(id = "netpol-selects-nothing", category = Category.REFERENCES,
    severity = Severity.WARNING,
    summary = "A NetworkPolicy's podSelector matches no pod of its namespace, in the input or "
        + "the cluster (an empty podSelector matches every pod, so it is reported only when "
        + "the namespace has no pods at all).",
    rationale = "A policy applies only to the pods its podSelector selects in its own "
        + "namespace; one that selects none isolates nothing and allows nothing, usually "
        + "because of a misspelt label or the wrong namespace. Pods made by operators are "
        + "invisible here: list them with the pattern Pod or NAMESPACE/* in "
        + "references.assumeExternal.",
    remediation = "Make spec.podSelector match the labels of the pods the policy is for, and "
        + "put the policy in their namespace.")
public final class NetpolSelectsNothing implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ReferenceIndex index = ctx.analysis(References.INSTANCE);
    for (Resource r : Inputs.networkPolicies(ctx)) {
      String ns = r.effectiveNamespace();
      if (index.isExternal(Target.core("Pod", ns, ""))) {
        continue;
      }
      LabelSelector selector = r.spec().mapping("podSelector").map(LabelSelector::of)
          .orElse(LabelSelector.EVERYTHING);
      if (!index.hasPods(ns)) {
        ctx.report(r, r.locate("spec.podSelector"), r.describe() + " applies to pods in "
            + "namespace \"" + ns + "\", which has no pods in the input or the cluster.");
      } else if (index.pods(ns, selector).isEmpty()) {
        ctx.report(r, r.locate("spec.podSelector"), r.describe() + ": podSelector matches no "
            + "pod in namespace \"" + ns + "\", so the policy applies to nothing.");
      }
    }
  }
}
