package io.github.kubecheck.rules.scheduling;

import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.scheduler.Amounts;
import io.github.kubecheck.scheduler.NodeState;
import io.github.kubecheck.scheduler.Schedule;
import io.github.kubecheck.scheduler.SchedulingAnalysis;
import io.github.kubecheck.scheduler.SimPod;
import java.util.IdentityHashMap;
import java.util.Map;

/** Nodes whose pods' limits add up to more than the node has. */
@RuleInfo(id = "node-overcommitted-limits", category = Category.SCHEDULING,
    severity = Severity.INFO,
    summary = "The limits of the pods placed on a node add up to more CPU or memory than the "
        + "node can allocate.",
    rationale = "The scheduler places pods by their requests; their limits may add up to more "
        + "than the node has. When the pods use what their limits allow, CPU is throttled and, "
        + "for memory, the kubelet evicts pods or the kernel kills them. A little overcommit "
        + "is common and intended; this finding says where it is.",
    remediation = "Bring limits closer to requests for the pods on that node, or give the "
        + "workloads more nodes.")
public final class NodeOvercommittedLimits implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Schedule s = ctx.analysis(SchedulingAnalysis.INSTANCE);
    for (NodeState n : s.nodes()) {
      long cpu = 0;
      long memory = 0;
      Map<Resource, Long> byWorkload = new IdentityHashMap<>();
      Map<Resource, SimPod> sample = new IdentityHashMap<>();
      for (SimPod p : n.pods()) {
        cpu += p.limits().milliCpu();
        memory += p.limits().memory();
        if (!p.existing()) {
          // Shares of the node, so cpu and memory weigh alike.
          long share = p.limits().milliCpu() * 1000 / Math.max(1, n.allocatable().milliCpu())
              + p.limits().memory() * 1000 / Math.max(1, n.allocatable().memory());
          byWorkload.merge(p.workload(), share, Long::sum);
          sample.putIfAbsent(p.workload(), p);
        }
      }
      boolean overCpu = cpu > n.allocatable().milliCpu();
      boolean overMemory = memory > n.allocatable().memory();
      if (byWorkload.isEmpty() || !overCpu && !overMemory) {
        continue;
      }
      StringBuilder what = new StringBuilder();
      if (overCpu) {
        what.append("cpu ").append(Amounts.cpu(cpu)).append(" of ")
            .append(Amounts.cpu(n.allocatable().milliCpu()));
      }
      if (overMemory) {
        what.append(overCpu ? ", " : "").append("memory ").append(Amounts.bytes(memory))
            .append(" of ").append(Amounts.bytes(n.allocatable().memory()));
      }
      Resource top = byWorkload.entrySet().stream().max(Map.Entry.comparingByValue())
          .orElseThrow().getKey();
      ctx.report(top, Pods.template(sample.get(top).template()), "the pods placed on node "
          + n.name() + " have limits above its allocatable (" + what + "); "
          + top.describe() + " has the most of them there; lower the limits toward the "
          + "requests, or keep these pods apart");
    }
  }
}
