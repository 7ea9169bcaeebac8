package io.github.kubecheck.rules.scheduling;

import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.model.TopologySpreadConstraint;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.scheduler.NodeState;
import io.github.kubecheck.scheduler.Reasons;
import io.github.kubecheck.scheduler.Schedule;
import io.github.kubecheck.scheduler.SchedulingAnalysis;
import io.github.kubecheck.scheduler.SimPod;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Topology spread constraints the cluster cannot satisfy. */
@RuleInfo(id = "topology-spread-unsatisfiable", category = Category.SCHEDULING,
    severity = Severity.WARNING,
    summary = "A topology spread constraint cannot be met on the cluster: its topology key is "
        + "on no node, or it leaves replicas Pending.",
    rationale = "PodTopologySpread compares each domain of the topology key with the emptiest "
        + "one. Domains that pods can never reach (a zone of tainted nodes only, counted "
        + "because nodeTaintsPolicy defaults to Ignore; fewer domains than minDomains) keep the "
        + "minimum at zero, so with DoNotSchedule the replicas beyond maxSkew per domain stay "
        + "Pending. A key no node carries makes every node fail the constraint (DoNotSchedule) "
        + "or the constraint do nothing (ScheduleAnyway).",
    remediation = "Use a topology key the nodes carry, set nodeTaintsPolicy: Honor so tainted "
        + "nodes do not count, raise maxSkew, or use whenUnsatisfiable: ScheduleAnyway.")
public final class TopologySpreadUnsatisfiable implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Schedule s = ctx.analysis(SchedulingAnalysis.INSTANCE);
    for (Map.Entry<Resource, List<SimPod>> e : Pods.byWorkload(s.pods()).entrySet()) {
      SimPod first = e.getValue().get(0);
      PodTemplate t = first.template();
      boolean reported = false;
      for (TopologySpreadConstraint c : first.spread()) {
        String key = c.topologyKey();
        boolean anyNode = s.nodes().stream().map(NodeState::node)
            .anyMatch(n -> n.labels().containsKey(key));
        if (!anyNode) {
          ctx.report(e.getKey(), t.locateInSpec("topologySpreadConstraints[" + c.index()
              + "].topologyKey"), e.getKey().describe() + ": topology key \"" + key
              + "\" is a label of no node in the cluster, so " + (c.isHard()
              ? "no node can take its pods" : "the constraint spreads nothing"));
          reported = true;
        }
      }
      if (reported) {
        continue;
      }
      Optional<SimPod> stuck = e.getValue().stream().filter(p -> s.failure(p)
          .map(u -> u.message().contains(Reasons.SPREAD))
          .orElse(false)).findFirst();
      if (stuck.isPresent()) {
        long pending = e.getValue().stream().filter(p -> s.failure(p).isPresent()).count();
        ctx.report(e.getKey(), t.locateInSpec("topologySpreadConstraints"),
            e.getKey().describe() + ": its topology spread constraints leave "
                + Pods.count((int) pending, "pod") + " Pending (" + stuck.get().fullName()
                + ": " + s.failure(stuck.get()).get().message() + ")");
      }
    }
  }
}
