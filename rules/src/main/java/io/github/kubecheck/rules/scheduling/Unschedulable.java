package io.github.kubecheck.rules.scheduling;

import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.scheduler.Schedule;
import io.github.kubecheck.scheduler.SchedulingAnalysis;
import io.github.kubecheck.scheduler.SimPod;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pods of a workload that no node of the cluster fits. */
@RuleInfo(id = "unschedulable", category = Category.SCHEDULING, severity = Severity.ERROR,
    summary = "Some pods of a workload fit no node of the cluster; kube-scheduler would leave "
        + "them Pending.",
    rationale = "kubecheck runs the workloads through a model of kube-scheduler (its filter "
        + "plugins in their order, scoring, preemption) on the --cluster file or the built-in "
        + "default cluster. A pod no node fits stays Pending, and the workload runs short of "
        + "replicas or never starts. The message is kube-scheduler's own FailedScheduling "
        + "text, counting each node's reason.",
    remediation = "Read the reasons: lower the requests, add a toleration, relax the node "
        + "selector, affinity or spread constraint, or add capacity to the cluster.")
public final class Unschedulable implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Schedule s = ctx.analysis(SchedulingAnalysis.INSTANCE);
    // A claim that exists nowhere is pvc-missing's finding.
    boolean leaveMissingClaims = ctx.isActive("pvc-missing");
    for (Map.Entry<Resource, List<SimPod>> e : Pods.byWorkload(s.pods()).entrySet()) {
      List<SimPod> failing = e.getValue().stream()
          .filter(p -> s.failure(p).isPresent())
          .filter(p -> !(leaveMissingClaims && !p.missingClaims().isEmpty())).toList();
      if (failing.isEmpty()) {
        continue;
      }
      SimPod first = failing.get(0);
      Optional<Schedule.Unschedulable> why = s.failure(first);
      String which = e.getValue().size() == 1 ? "its pod " + first.fullName()
          : failing.size() + " of its " + e.getValue().size() + " pods (first "
              + first.fullName() + ")";
      ctx.report(e.getKey(), Pods.template(first.template()), e.getKey().describe()
          + ": " + which + " cannot be scheduled: " + why.get().message());
    }
  }
}
