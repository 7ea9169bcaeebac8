package io.github.kubecheck.rules.references;

import io.github.kubecheck.references.Reference;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** A pod needs a ConfigMap that is nowhere. */
@RuleInfo(id = "configmap-missing", category = Category.REFERENCES, severity = Severity.ERROR,
    summary = "A pod template mounts or reads a ConfigMap (volume, projected source, envFrom, "
        + "env valueFrom) that is neither in the input nor in the cluster, and the reference is "
        + "not optional.",
    rationale = "The kubelet will not start a pod whose ConfigMap is missing: a volume keeps the "
        + "pod in ContainerCreating, an environment reference fails the container with "
        + "CreateContainerConfigError. The ConfigMap must be in the pod's namespace. "
        + "`optional: true` on the reference makes a missing ConfigMap fine.",
    remediation = "Create the ConfigMap in the pod's namespace, correct the name, or set "
        + "`optional: true` if the pod can run without it." + Texts.EXTERNAL)
public final class ConfigMapMissing extends MissingPodReference {

  @Override
  boolean accepts(Reference r) {
    return r.is("ConfigMap");
  }

  @Override
  String consequence(Reference r) {
    return Texts.podConsequence(r);
  }
}
