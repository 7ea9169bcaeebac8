package io.github.kubecheck.rules.scheduling;

import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.scheduler.NodeState;
import io.github.kubecheck.scheduler.Schedule;
import io.github.kubecheck.scheduler.SchedulingAnalysis;
import io.github.kubecheck.scheduler.SimPod;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every replica of a replicated workload on one node, or in one zone. */
@RuleInfo(id = "replicas-on-one-node", category = Category.SCHEDULING,
    severity = Severity.WARNING,
    summary = "All replicas of a multi-replica workload landed on one node, or in one zone of a "
        + "cluster that has several.",
    rationale = "Replicas exist to survive the loss of one of them; on one node they all go "
        + "down with it (a drain, a kernel upgrade, a hardware fault), and in one zone with "
        + "the zone. The scheduler only spreads pods by its scoring unless told to.",
    remediation = "Add a topology spread constraint (or preferred pod anti-affinity) on "
        + "kubernetes.io/hostname and topology.kubernetes.io/zone, or loosen the node "
        + "selector that confines them.")
public final class ReplicasOnOneNode implements Rule {

  private static final String ZONE = "topology.kubernetes.io/zone";

  @Override
  public void check(RuleContext ctx) {
    Schedule s = ctx.analysis(SchedulingAnalysis.INSTANCE);
    Set<String> zones = new HashSet<>();
    for (NodeState n : s.nodes()) {
      String z = n.node().labels().get(ZONE);
      if (z != null) {
        zones.add(z);
      }
    }
    for (Map.Entry<Resource, List<SimPod>> e : Pods.byWorkload(s.pods()).entrySet()) {
      Resource w = e.getKey();
      List<SimPod> pods = e.getValue();
      if (pods.size() < 2 || !List.of("Deployment", "ReplicaSet", "StatefulSet",
          "ReplicationController").contains(w.kind())
          || pods.stream().anyMatch(p -> s.node(p).isEmpty())) {
        continue;
      }
      Set<String> nodes = new HashSet<>();
      Set<String> podZones = new HashSet<>();
      for (SimPod p : pods) {
        String node = s.node(p).get();
        nodes.add(node);
        s.nodes().stream().filter(n -> n.name().equals(node)).findFirst()
            .map(n -> n.node().labels().getOrDefault(ZONE, "")).ifPresent(podZones::add);
      }
      String where;
      if (nodes.size() == 1) {
        where = "node " + nodes.iterator().next();
      } else if (zones.size() > 1 && podZones.size() == 1 && !podZones.contains("")) {
        where = "zone " + podZones.iterator().next();
      } else {
        continue;
      }
      String at = w.spec().has("replicas") ? "spec.replicas" : "spec";
      ctx.report(w, w.locate(at), w.describe() + ": all " + pods.size()
          + " replicas landed on " + where + ", so losing it takes the workload down; add a "
          + "topology spread constraint or pod anti-affinity on "
          + (where.startsWith("zone") ? "topology.kubernetes.io/zone" : "kubernetes.io/hostname"));
    }
  }
}
