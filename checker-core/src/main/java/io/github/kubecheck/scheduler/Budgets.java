package io.github.kubecheck.scheduler;

import io.github.kubecheck.model.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The PodDisruptionBudgets preemption respects where it can: which victims' eviction would take
 * a budget below what it allows, the allowed disruptions computed from the budget's numbers over
 * the pods it selects that are bound now (all taken as healthy).
 */
final class Budgets {

  private final List<PodDisruptionBudget> budgets;

  Budgets(List<PodDisruptionBudget> budgets) {
    this.budgets = List.copyOf(budgets);
  }

  /** The victims, in the order given, whose eviction would exceed a budget's allowance. */
  List<SimPod> violating(List<SimPod> victims, SchedulingState state) {
    if (budgets.isEmpty()) {
      return List.of();
    }
    List<SimPod> out = new ArrayList<>();
    int[] left = new int[budgets.size()];
    for (int i = 0; i < left.length; i++) {
      PodDisruptionBudget b = budgets.get(i);
      String ns = b.resource().effectiveNamespace();
      int selected = 0;
      for (SimPod p : state.boundPods(Set.of(ns))) {
        selected += p.selectedBy(b) ? 1 : 0;
      }
      for (SimPod v : victims) {
        // The victims are unbound while preemption weighs them; they count as running.
        selected += v.selectedBy(b) && state.nodeOf(v) == null ? 1 : 0;
      }
      left[i] = b.disruptionsAllowed(selected).orElse(Integer.MAX_VALUE);
    }
    for (SimPod v : victims) {
      boolean violates = false;
      for (int i = 0; i < left.length; i++) {
        if (v.selectedBy(budgets.get(i)) && --left[i] < 0) {
          violates = true;
        }
      }
      if (violates) {
        out.add(v);
      }
    }
    return out;
  }

}
