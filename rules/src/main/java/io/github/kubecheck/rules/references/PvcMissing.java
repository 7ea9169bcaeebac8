package io.github.kubecheck.rules.references;

import io.github.kubecheck.references.Reference;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** A pod mounts a PersistentVolumeClaim that is nowhere. */
@RuleInfo(id = "pvc-missing", category = Category.REFERENCES, severity = Severity.ERROR,
    summary = "A pod template mounts a PersistentVolumeClaim (volumes[].persistentVolumeClaim."
        + "claimName) that is neither in the input nor in the cluster.",
    rationale = "The scheduler keeps a pod Pending while a claim it mounts does not exist "
        + "(persistentvolumeclaim not found). Claims a StatefulSet makes from its "
        + "volumeClaimTemplates and generic ephemeral volumes are made for the pod and are not "
        + "references.",
    remediation = "Create the PersistentVolumeClaim in the pod's namespace, correct the name, "
        + "or use a StatefulSet volumeClaimTemplate or an ephemeral volume so the claim is made "
        + "for each pod." + Texts.EXTERNAL)
public final class PvcMissing extends MissingPodReference {

  @Override
  boolean accepts(Reference r) {
    return r.use() == Reference.Use.CLAIM;
  }

  @Override
  String consequence(Reference r) {
    return Texts.pods(r) + " would stay Pending";
  }
}
