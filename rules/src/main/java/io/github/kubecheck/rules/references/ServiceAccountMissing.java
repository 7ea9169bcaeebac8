package io.github.kubecheck.rules.references;

import io.github.kubecheck.references.Reference;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pods run as a ServiceAccount that is nowhere. */
@RuleInfo(id = "service-account-missing", category = Category.REFERENCES,
    severity = Severity.ERROR,
    summary = "A pod template runs as a ServiceAccount (serviceAccountName, or the deprecated "
        + "serviceAccount) that is neither in the input nor in the cluster.",
    rationale = "The ServiceAccount admission plugin refuses pods whose ServiceAccount does not "
        + "exist in their namespace: a bare Pod is rejected when applied, a workload's "
        + "controller fails to create any pod. Every namespace has a `default` ServiceAccount, "
        + "so leaving the field out is always fine.",
    remediation = "Create the ServiceAccount in the pod's namespace or correct the name."
        + Texts.EXTERNAL)
public final class ServiceAccountMissing extends MissingPodReference {

  @Override
  boolean accepts(Reference r) {
    return r.use() == Reference.Use.SERVICE_ACCOUNT;
  }

  @Override
  String consequence(Reference r) {
    return "the API server would refuse " + Texts.pods(r) + " (serviceaccount \"" + r.target().name()
        + "\" not found)";
  }
}
