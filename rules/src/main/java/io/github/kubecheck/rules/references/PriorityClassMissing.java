package io.github.kubecheck.rules.references;

import io.github.kubecheck.references.Reference;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pods ask for a PriorityClass that is nowhere. */
@RuleInfo(id = "priority-class-missing", category = Category.REFERENCES,
    severity = Severity.WARNING,
    summary = "A pod template names a PriorityClass (priorityClassName) that is neither in the "
        + "input nor in the cluster.",
    rationale = "The Priority admission plugin refuses pods whose PriorityClass does not exist. "
        + "PriorityClasses are cluster-wide and usually made by the platform rather than the "
        + "application, which is why this is a warning: the built-in cluster knows only "
        + "system-cluster-critical and system-node-critical.",
    remediation = "Create the PriorityClass, correct the name, or remove priorityClassName."
        + Texts.EXTERNAL)
public final class PriorityClassMissing extends MissingPodReference {

  @Override
  boolean accepts(Reference r) {
    return r.use() == Reference.Use.PRIORITY_CLASS;
  }

  @Override
  String consequence(Reference r) {
    return "the API server would refuse " + Texts.pods(r) + " (no PriorityClass with name "
        + r.target().name() + " was found)";
  }
}
