package io.github.kubecheck.rules.reliability;

import io.github.kubecheck.model.PodDisruptionBudget;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.RuleParam;
import io.github.kubecheck.rule.Severity;
import java.util.List;

/** Replicated workloads that voluntary evictions may empty at once. */
@RuleInfo(id = "missing-pod-disruption-budget", category = Category.RELIABILITY,
    severity = Severity.WARNING,
    summary = "A workload with several replicas has no PodDisruptionBudget selecting its pods.",
    rationale = "Node drains (upgrades, autoscaler scale-downs) evict pods through the eviction "
        + "API, which respects PodDisruptionBudgets only. Without one, a drain may evict every "
        + "replica at once, and the replicas meant to keep the service up go down together. A "
        + "budget counts when it is in the workload's namespace and its selector matches the "
        + "pod template's labels, whether it is in the input or already in the cluster file. "
        + "With an autoscaler the most replicas it may run counts. DaemonSets are left out: "
        + "drains do not evict their pods.",
    remediation = "Add a PodDisruptionBudget (policy/v1) in the workload's namespace whose "
        + "selector matches its pod labels, with maxUnavailable: 1 (or minAvailable below the "
        + "replica count, so that drains can proceed).",
    params = @RuleParam(name = "minReplicas", defaultValue = "2",
        description = "The replica count from which a budget is expected."))
public final class MissingPodDisruptionBudget implements Rule {

  @Override
  public void check(RuleContext ctx) {
    long min = ctx.longParam("minReplicas");
    List<PodDisruptionBudget> budgets = ctx.facts().cluster().ofKind("PodDisruptionBudget")
        .stream().filter(PodDisruptionBudget::isPodDisruptionBudget)
        .map(PodDisruptionBudget::of).toList();
    for (ReplicatedWorkloads w : ReplicatedWorkloads.of(ctx)) {
      if (w.replicas().max() >= min
          && budgets.stream().noneMatch(b -> b.selects(w.template()))) {
        ctx.report(w.workload(), w.replicasKey(), w.workload().describe() + " "
            + w.describeCount() + " but no PodDisruptionBudget selects its pods, so a node "
            + "drain may evict them all at once; add one with maxUnavailable: 1");
      }
    }
  }
}
