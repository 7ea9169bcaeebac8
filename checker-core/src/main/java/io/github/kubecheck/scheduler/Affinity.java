package io.github.kubecheck.scheduler;

import io.github.kubecheck.model.LabelSelector;
import io.github.kubecheck.model.PodAffinityTerm;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Resolves a pod's affinity terms into {@link Selection}s, as kube-scheduler's PodInfo does. */
final class Affinity {

  private Affinity() {}

  static List<Selection> requiredAffinity(SimPod p, SchedulingState s) {
    return resolve(p, p.affinity().requiredAffinity(), s);
  }

  static List<Selection> requiredAnti(SimPod p, SchedulingState s) {
    return resolve(p, p.affinity().requiredAntiAffinity(), s);
  }

  static List<Selection> resolve(SimPod p, List<PodAffinityTerm> terms, SchedulingState s) {
    if (terms.isEmpty()) {
      return List.of();
    }
    List<Selection> out = new ArrayList<>();
    for (PodAffinityTerm t : terms) {
      out.add(resolve(p, t, s.namespaceLabels()));
    }
    return out;
  }

  /**
   * A term of pod {@code p}: no labelSelector selects nothing; no namespaces and no
   * namespaceSelector mean the pod's own namespace; an empty namespaceSelector means all.
   */
  static Selection resolve(SimPod p, PodAffinityTerm t,
      Map<String, Map<String, String>> namespaceLabels) {
    LabelSelector selector;
    if (t.selector().isEmpty()) {
      selector = new LabelSelector(Map.of(), List.of(new LabelSelector.Requirement(
          "kubecheck.io/selects-nothing", "In", Set.of())));
    } else {
      List<LabelSelector.Requirement> extra = new ArrayList<>(
          t.selector().get().matchExpressions());
      for (String k : t.matchLabelKeys()) {
        String v = p.labels().get(k);
        if (v != null) {
          extra.add(new LabelSelector.Requirement(k, "In", Set.of(v)));
        }
      }
      for (String k : t.mismatchLabelKeys()) {
        String v = p.labels().get(k);
        if (v != null) {
          extra.add(new LabelSelector.Requirement(k, "NotIn", Set.of(v)));
        }
      }
      selector = new LabelSelector(t.selector().get().matchLabels(), extra);
    }
    Set<String> namespaces = new HashSet<>(t.namespaces());
    boolean all = false;
    if (t.namespaceSelector().isPresent()) {
      LabelSelector ns = t.namespaceSelector().get();
      if (ns.isEmpty()) {
        all = true;
      } else {
        namespaceLabels.forEach((name, labels) -> {
          if (ns.matches(labels)) {
            namespaces.add(name);
          }
        });
      }
    } else if (namespaces.isEmpty()) {
      namespaces.add(p.namespace());
    }
    return new Selection(all, namespaces, selector, t.topologyKey());
  }
}
