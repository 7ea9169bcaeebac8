package io.github.kubecheck.rules.reliability;

import io.github.kubecheck.model.HorizontalPodAutoscaler;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Replicated workloads that run one pod. */
@RuleInfo(id = "single-replica", category = Category.RELIABILITY, severity = Severity.WARNING,
    summary = "A Deployment, StatefulSet, ReplicaSet or ReplicationController runs a single "
        + "replica.",
    rationale = "One replica is one point of failure: every node drain, eviction, crash and "
        + "(for a StatefulSet or a Recreate Deployment) every rollout takes the workload down "
        + "until a new pod is scheduled, pulled and ready. spec.replicas defaults to 1. While a "
        + "HorizontalPodAutoscaler scales the workload, its minReplicas counts instead, and the "
        + "finding goes on the autoscaler when it is part of the input. Workloads scaled to 0 "
        + "and objects a controller owns are left out. Some workloads must run once (a "
        + "primary-only database, a leader without election): suppress the rule on them with "
        + "kubecheck.io/ignore and say why in kubecheck.io/ignore-reason.",
    remediation = "Run at least two replicas (spec.replicas, or minReplicas of the "
        + "autoscaler), with a PodDisruptionBudget and topology spread so they fail apart.")
public final class SingleReplica implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (ReplicatedWorkloads w : ReplicatedWorkloads.of(ctx)) {
      if (w.replicas().min() != 1) {
        continue;
      }
      var hpa = w.replicas().autoscaler().map(HorizontalPodAutoscaler::resource)
          .filter(ctx.manifests().resources()::contains);
      String what = w.workload().describe() + " " + w.describeCount();
      if (hpa.isPresent()) {
        ctx.report(hpa.get(), hpa.get().locate("spec.minReplicas"), "minReplicas 1 lets "
            + w.workload().describe() + " scale down to a single replica, so one failure "
            + "takes it down; set minReplicas to 2 or more");
      } else {
        ctx.report(w.workload(), w.replicasKey(), what + ", so one node failure or eviction "
            + "takes it down; run 2 or more");
      }
    }
  }
}
