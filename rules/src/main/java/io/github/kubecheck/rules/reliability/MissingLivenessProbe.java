package io.github.kubecheck.rules.reliability;

import io.github.kubecheck.model.Probe;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Long-running containers nobody restarts when they hang. */
@RuleInfo(id = "missing-liveness-probe", category = Category.RELIABILITY,
    severity = Severity.WARNING,
    summary = "A long-running container has no livenessProbe.",
    rationale = "Without a liveness probe the kubelet restarts a container only when its main "
        + "process exits; a deadlocked or wedged process keeps its pod running, and serving "
        + "errors, until someone notices. Long-running means the app and sidecar containers of "
        + "Deployments, ReplicaSets, ReplicationControllers, StatefulSets, DaemonSets, and of "
        + "Pods and PodTemplates that restart Always; Jobs and CronJobs run to completion, "
        + "init containers cannot have the probe and ephemeral containers cannot have probes.",
    remediation = "Add a livenessProbe that fails only when the process cannot recover by "
        + "itself: a cheap endpoint that does not depend on other services, with a "
        + "failureThreshold that tolerates slow moments (and a startupProbe for slow starts).")
public final class MissingLivenessProbe extends MissingProbe {

  @Override
  String field() {
    return Probe.LIVENESS;
  }

  @Override
  String consequence() {
    return "so the kubelet restarts it only when it exits, not when it hangs; add one";
  }
}
