package io.github.kubecheck.rules.references;

import io.github.kubecheck.references.Reference;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pods ask for a RuntimeClass that is nowhere. */
@RuleInfo(id = "runtime-class-missing", category = Category.REFERENCES,
    severity = Severity.WARNING,
    summary = "A pod template names a RuntimeClass (runtimeClassName) that is neither in the "
        + "input nor in the cluster.",
    rationale = "The RuntimeClass admission plugin refuses pods whose RuntimeClass does not "
        + "exist, and without it the kubelet could not pick a runtime handler. RuntimeClasses "
        + "are cluster-wide and installed with the runtime (gVisor, Kata), usually outside the "
        + "application's manifests, which is why this is a warning.",
    remediation = "Create the RuntimeClass, correct the name, or remove runtimeClassName."
        + Texts.EXTERNAL)
public final class RuntimeClassMissing extends MissingPodReference {

  @Override
  boolean accepts(Reference r) {
    return r.use() == Reference.Use.RUNTIME_CLASS;
  }

  @Override
  String consequence(Reference r) {
    return "the API server would refuse " + Texts.pods(r) + " (RuntimeClass \"" + r.target().name()
        + "\" not found)";
  }
}
