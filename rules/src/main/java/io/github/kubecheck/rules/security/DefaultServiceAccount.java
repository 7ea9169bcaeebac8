package io.github.kubecheck.rules.security;

import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pods that run as their namespace's default service account. */
@RuleInfo(id = "default-service-account", category = Category.SECURITY,
    severity = Severity.WARNING,
    summary = "A pod runs as its namespace's default service account.",
    rationale = "Every pod that names no service account runs as \"default\", so whatever "
        + "anyone grants that account (often to make one workload work) every other pod of the "
        + "namespace gets too, and audit logs cannot tell the workloads apart. A service account "
        + "per workload keeps permissions and identities separate. Naming \"default\" "
        + "explicitly (in serviceAccountName or the deprecated serviceAccount) counts the same.",
    remediation = "Create a ServiceAccount for the workload (with automountServiceAccountToken: "
        + "false unless it calls the API) and set spec.serviceAccountName to it.")
public final class DefaultServiceAccount implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (PodTemplate t : ctx.manifests().podTemplates()) {
      if (t.serviceAccountName().equals("default")) {
        ctx.report(t.owner(), AutomountServiceAccountToken.serviceAccountKey(t), "pod runs as "
            + "the \"default\" service account of namespace \"" + t.namespace() + "\", which "
            + "every pod without its own shares; create a service account for this workload "
            + "and set spec.serviceAccountName");
      }
    }
  }
}
