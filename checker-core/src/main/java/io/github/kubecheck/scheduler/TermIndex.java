package io.github.kubecheck.scheduler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pod counts per topology domain for every pod-affinity selection some pod asked about, kept up
 * to date as pods bind, so the InterPodAffinity plugin never walks all bound pods per pod.
 * A selection is counted from the pods bound so far when first asked for.
 */
final class TermIndex {

  private final Map<Selection, DomainCounts> counts = new HashMap<>();
  private final Map<String, List<Map.Entry<Selection, DomainCounts>>> byNamespace =
      new HashMap<>();
  private final List<Map.Entry<Selection, DomainCounts>> anyNamespace = new ArrayList<>();
  private final SchedulingState state;

  TermIndex(SchedulingState state) {
    this.state = state;
  }

  DomainCounts counts(Selection s) {
    DomainCounts c = counts.get(s);
    if (c != null) {
      return c;
    }
    DomainCounts fresh = new DomainCounts(state.topology(s.topologyKey()));
    for (SimPod p : s.allNamespaces() ? state.boundPods() : state.boundPods(s.namespaces())) {
      if (s.selects(p.namespace(), p.labels())) {
        fresh.add(state.nodeOf(p), 1);
      }
    }
    counts.put(s, fresh);
    Map.Entry<Selection, DomainCounts> e = Map.entry(s, fresh);
    if (s.allNamespaces()) {
      anyNamespace.add(e);
    } else {
      for (String ns : s.namespaces()) {
        byNamespace.computeIfAbsent(ns, k -> new ArrayList<>()).add(e);
      }
    }
    return fresh;
  }

  void bound(SimPod p, NodeState node, int delta) {
    update(byNamespace.getOrDefault(p.namespace(), List.of()), p, node, delta);
    update(anyNamespace, p, node, delta);
  }

  private static void update(List<Map.Entry<Selection, DomainCounts>> entries, SimPod p,
      NodeState node, int delta) {
    for (Map.Entry<Selection, DomainCounts> e : entries) {
      if (e.getKey().selector().matches(p.labels())) {
        e.getValue().add(node, delta);
      }
    }
  }
}
