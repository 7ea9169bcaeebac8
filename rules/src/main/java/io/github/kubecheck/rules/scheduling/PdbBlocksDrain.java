package io.github.kubecheck.rules.scheduling;

import io.github.kubecheck.model.PodDisruptionBudget;
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
import java.util.TreeMap;

/** A disruption budget that draining one node would break, given where the pods landed. */
@RuleInfo(id = "pdb-blocks-drain", category = Category.SCHEDULING, severity = Severity.WARNING,
    summary = "Draining one node would evict more of a PodDisruptionBudget's pods than it "
        + "allows, given where the scheduler placed them.",
    rationale = "kubectl drain evicts a node's pods one at a time through the eviction API, "
        + "which refuses an eviction once the budget's allowed disruptions are used up. When "
        + "more of the selected pods sit on one node than the budget allows to be down, the "
        + "drain of that node hangs until the evicted pods are running again elsewhere, and "
        + "fails outright if they cannot be. Budgets that allow no disruption at all are "
        + "reported by pdb-blocks-eviction.",
    remediation = "Spread the pods over nodes (pod anti-affinity or a topology spread "
        + "constraint on kubernetes.io/hostname), or loosen the budget.")
public final class PdbBlocksDrain implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Schedule s = ctx.analysis(SchedulingAnalysis.INSTANCE);
    for (Resource r : ctx.manifests().resources()) {
      if (!PodDisruptionBudget.isPodDisruptionBudget(r)) {
        continue;
      }
      PodDisruptionBudget pdb = PodDisruptionBudget.of(r);
      if (pdb.selector().isEmpty()) {
        continue;
      }
      List<SimPod> selected = s.pods().stream().filter(p -> p.selectedBy(pdb)).toList();
      Optional<Integer> allowed = pdb.disruptionsAllowed(selected.size());
      if (selected.isEmpty() || allowed.isEmpty() || allowed.get() == 0) {
        continue;
      }
      Map<String, Integer> perNode = new TreeMap<>();
      for (SimPod p : selected) {
        s.node(p).ifPresent(n -> perNode.merge(n, 1, Integer::sum));
      }
      perNode.entrySet().stream().filter(e -> e.getValue() > allowed.get())
          .max(Map.Entry.comparingByValue()).ifPresent(worst -> ctx.report(r,
              r.locate(pdb.maxUnavailable().isPresent() ? "spec.maxUnavailable"
                  : pdb.minAvailable().isPresent() ? "spec.minAvailable" : "spec"),
              r.describe() + " allows " + Pods.count(allowed.get(), "disruption")
                  + " of its " + Pods.count(selected.size(), "pod") + ", but "
                  + worst.getValue() + " of them are placed on node " + worst.getKey()
                  + ": draining it would hang; spread the pods across nodes (topology spread or pod "
                  + "anti-affinity) or allow more disruptions"));
    }
  }
}
