package io.github.kubecheck.rules.security;

import io.github.kubecheck.cluster.Cluster;
import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.Optional;

/** Pods that get an API token they have no use for. */
@RuleInfo(id = "automount-service-account-token", category = Category.SECURITY,
    severity = Severity.WARNING,
    summary = "A pod mounts its service account's API token although nothing grants that "
        + "service account any permission.",
    rationale = "Unless told otherwise, Kubernetes mounts a token of the pod's service account "
        + "into every container. Whoever gets into the container can use it against the API "
        + "server, with whatever the service account is granted now or later. A pod whose "
        + "service account no RoleBinding or ClusterRoleBinding names (in the input or the "
        + "cluster file; bindings to every authenticated identity or every service account do "
        + "not count) has no use for the token. A pod or service account that sets "
        + "automountServiceAccountToken either way has decided, and is left alone: true says "
        + "the token is needed (for example to authenticate to a secrets manager).",
    remediation = "Set automountServiceAccountToken: false in the pod spec, or on the service "
        + "account so that every pod using it goes without; mount a projected token only where "
        + "one is needed.")
public final class AutomountServiceAccountToken implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Cluster cluster = ctx.facts().cluster();
    for (PodTemplate t : ctx.manifests().podTemplates()) {
      if (t.spec().bool("automountServiceAccountToken").isPresent()) {
        continue;
      }
      String sa = t.serviceAccountName();
      Optional<Resource> account = cluster.find("", "ServiceAccount", t.namespace(), sa);
      if (account.isEmpty() || account.get().node().bool("automountServiceAccountToken")
          .isPresent() || ServiceAccountBindings.isBound(cluster, t.namespace(), sa)) {
        continue;
      }
      ctx.report(t.owner(), serviceAccountKey(t), "pod mounts an API token of service account "
          + "\"" + sa + "\", which no RoleBinding or ClusterRoleBinding grants anything; set "
          + "automountServiceAccountToken: false in the pod spec or on the service account");
    }
  }

  /** The serviceAccountName key (or its deprecated alias), else the pod spec. */
  static Location serviceAccountKey(PodTemplate t) {
    if (t.spec().has("serviceAccountName")) {
      return t.locateInSpec("serviceAccountName");
    }
    return t.spec().has("serviceAccount") ? t.locateInSpec("serviceAccount") : t.whole();
  }
}
