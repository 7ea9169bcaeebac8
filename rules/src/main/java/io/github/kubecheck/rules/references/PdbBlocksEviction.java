package io.github.kubecheck.rules.references;

import io.github.kubecheck.model.PodDisruptionBudget;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.model.Workloads;
import io.github.kubecheck.references.ReferenceIndex;
import io.github.kubecheck.references.References;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A disruption budget that allows no eviction at all. */
@RuleInfo(id = "pdb-blocks-eviction", category = Category.REFERENCES,
    severity = Severity.WARNING,
    summary = "A PodDisruptionBudget allows no disruption even when all its pods are healthy "
        + "(minAvailable at or above the selected workloads' replicas, or maxUnavailable 0).",
    rationale = "The eviction API refuses every eviction of the selected pods, so a node drain "
        + "(cluster upgrade, autoscaler scale-down) waits on them forever. The allowed "
        + "disruptions are computed as the disruption controller does, over the replicas of "
        + "every workload the budget selects (percentages round up); budgets over DaemonSets or "
        + "Jobs, whose pod count depends on the cluster, are not judged.",
    remediation = "Lower minAvailable below the replica count, raise the replicas, or set "
        + "maxUnavailable to at least 1.")
public final class PdbBlocksEviction implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ReferenceIndex index = ctx.analysis(References.INSTANCE);
    for (PodDisruptionBudget pdb : Inputs.budgets(ctx)) {
      Resource r = pdb.resource();
      if (pdb.selector().isEmpty()) {
        continue;
      }
      List<PodTemplate> selected = index.pods(r.effectiveNamespace(), pdb.selector().get());
      List<Optional<Integer>> replicas = selected.stream()
          .map(t -> Workloads.replicas(t.owner())).toList();
      if (selected.isEmpty() || replicas.stream().anyMatch(Optional::isEmpty)) {
        continue;
      }
      int expected = replicas.stream().mapToInt(Optional::get).sum();
      Optional<Integer> allowed = pdb.disruptionsAllowed(expected);
      if (expected == 0 || allowed.isEmpty() || allowed.get() > 0) {
        continue;
      }
      String field;
      String setting;
      if (pdb.maxUnavailable().isPresent()) {
        field = "spec.maxUnavailable";
        setting = "maxUnavailable " + pdb.maxUnavailable().get().text();
      } else if (pdb.minAvailable().isPresent()) {
        field = "spec.minAvailable";
        setting = "minAvailable " + pdb.minAvailable().get().text();
      } else {
        field = "spec";
        setting = "policy/v1beta1's default minAvailable 1";
      }
      String workloads = selected.stream().map(t -> t.owner().describe())
          .collect(Collectors.joining(", "));
      ctx.report(r, r.locate(field), r.describe() + " allows no disruption of the " + expected
          + " pod" + (expected == 1 ? "" : "s") + " of " + workloads + " (" + setting
          + "); every eviction would be refused and node drains would hang.");
    }
  }
}
