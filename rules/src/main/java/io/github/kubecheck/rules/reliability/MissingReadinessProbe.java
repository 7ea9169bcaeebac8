package io.github.kubecheck.rules.reliability;

import io.github.kubecheck.model.Probe;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Long-running containers that count as ready the moment they start. */
@RuleInfo(id = "missing-readiness-probe", category = Category.RELIABILITY,
    severity = Severity.WARNING,
    summary = "A long-running container has no readinessProbe.",
    rationale = "Without a readiness probe a container is ready as soon as it starts: Services "
        + "send it traffic before it can answer, a rolling update removes old pods before the "
        + "new ones work, and a PodDisruptionBudget counts broken pods as healthy. Long-running "
        + "means the app and sidecar containers of Deployments, ReplicaSets, "
        + "ReplicationControllers, StatefulSets, DaemonSets, and of Pods and PodTemplates that "
        + "restart Always; Jobs and CronJobs run to completion, init containers cannot have "
        + "the probe and ephemeral containers cannot have probes.",
    remediation = "Add a readinessProbe that succeeds only when the container can do its work "
        + "(for a server: answer requests).")
public final class MissingReadinessProbe extends MissingProbe {

  @Override
  String field() {
    return Probe.READINESS;
  }

  @Override
  String consequence() {
    return "so it counts as ready, and gets traffic, as soon as it starts; add one";
  }
}
