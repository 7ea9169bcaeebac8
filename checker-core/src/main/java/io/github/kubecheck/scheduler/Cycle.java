package io.github.kubecheck.scheduler;

import io.github.kubecheck.model.LabelSelector;
import io.github.kubecheck.model.NodeAffinity;
import io.github.kubecheck.model.PersistentVolumeClaim;
import io.github.kubecheck.model.PodAffinity;
import io.github.kubecheck.model.TopologySpreadConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One scheduling cycle: the pod and what the PreFilter extension point computes for it once,
 * before its nodes are filtered (spread counts, affinity counts, the domains existing pods'
 * anti-affinity forbids, the state of its claims), or the PreFilter rejection.
 */
final class Cycle {

  /** One spread constraint with its counts. */
  record Spread(TopologySpreadConstraint constraint, SpreadCounts counts, boolean selfMatch,
      int minMatch) {}

  /** Domains of one topology key the pod may not go to. */
  record Forbidden(Topology topology, boolean[] domains) {}

  /** One preferred pod-affinity term with its weight (negative for anti-affinity) and counts. */
  record Preferred(int weight, Selection selection, DomainCounts counts) {}

  final SimPod pod;
  final SchedulingState state;
  final Wording wording;
  final List<Spread> hardSpread = new ArrayList<>();
  final List<Spread> softSpread = new ArrayList<>();
  final List<Selection> affinity;
  final List<DomainCounts> affinityCounts = new ArrayList<>();
  final boolean affinityPodsExist;
  final boolean matchesOwnAffinity;
  final List<Selection> anti;
  final List<DomainCounts> antiCounts = new ArrayList<>();
  /** Per topology key, the domains where a bound pod's anti-affinity forbids this pod. */
  final List<Forbidden> forbiddenByExisting = new ArrayList<>();
  final List<Preferred> preferred = new ArrayList<>();
  final List<Volumes.Binding> bindings = new ArrayList<>();
  final Optional<String> preFilterRejection;
  /** The node-only answers, shared with the pods like this one; null for a pod pinned to a node. */
  final StaticFit fit;
  /** The filters after the node-only ones that have something to check for this pod. */
  final FilterPlugin[] filters;

  Cycle(SimPod pod, SchedulingState state, Wording wording, boolean pinned) {
    this.pod = pod;
    this.state = state;
    this.wording = wording;
    this.fit = pinned ? null : state.staticFit(pod, wording);
    this.preFilterRejection = volumesPreFilter();
    spread(pod.spread().stream().filter(TopologySpreadConstraint::isHard).toList(), hardSpread);
    spread(pod.spread().stream().filter(c -> !c.isHard()).toList(), softSpread);
    affinity = Affinity.requiredAffinity(pod, state);
    boolean exist = false;
    boolean own = true;
    for (Selection s : affinity) {
      DomainCounts c = state.termCounts(s);
      affinityCounts.add(c);
      exist |= c.labelled() > 0;
      own &= s.selects(pod.namespace(), pod.labels());
    }
    affinityPodsExist = exist;
    matchesOwnAffinity = own;
    anti = Affinity.requiredAnti(pod, state);
    for (Selection s : anti) {
      antiCounts.add(state.termCounts(s));
    }
    Map<String, boolean[]> forbidden = new HashMap<>();
    for (Map.Entry<Selection, DomainCounts> e : state.antiTerms().entrySet()) {
      if (e.getValue().labelled() > 0 && e.getKey().selects(pod.namespace(), pod.labels())) {
        DomainCounts c = e.getValue();
        boolean[] domains = forbidden.computeIfAbsent(e.getKey().topologyKey(),
            k -> new boolean[c.topology().size()]);
        for (int d = 0; d < domains.length; d++) {
          domains[d] |= c.countIn(d) > 0;
        }
      }
    }
    forbidden.forEach((k, v) -> forbiddenByExisting.add(new Forbidden(state.topology(k), v)));
    PodAffinity pa = pod.affinity();
    for (PodAffinity.Weighted w : pa.preferredAffinity()) {
      Selection s = Affinity.resolve(pod, w.term(), state.namespaceLabels());
      preferred.add(new Preferred(w.weight(), s, state.termCounts(s)));
    }
    for (PodAffinity.Weighted w : pa.preferredAntiAffinity()) {
      Selection s = Affinity.resolve(pod, w.term(), state.namespaceLabels());
      preferred.add(new Preferred(-w.weight(), s, state.termCounts(s)));
    }
    filters = activeFilters();
  }

  /** The default profile's order, leaving out plugins with nothing to check for this pod. */
  private FilterPlugin[] activeFilters() {
    List<FilterPlugin> out = new ArrayList<>();
    for (FilterPlugin f : Scheduler.FILTERS) {
      boolean idle = switch (f.name()) {
        case "NodePorts" -> pod.hostPorts().isEmpty();
        case "VolumeBinding", "VolumeZone" -> bindings.isEmpty();
        case "PodTopologySpread" -> hardSpread.isEmpty();
        case "InterPodAffinity" -> affinity.isEmpty() && anti.isEmpty()
            && forbiddenByExisting.isEmpty();
        default -> false;
      };
      if (!idle) {
        out.add(f);
      }
    }
    return out.toArray(new FilterPlugin[0]);
  }

  private Optional<String> volumesPreFilter() {
    if (!pod.missingClaims().isEmpty()) {
      return Optional.of("persistentvolumeclaim \"" + pod.missingClaims().get(0)
          + "\" not found");
    }
    for (PersistentVolumeClaim c : pod.claims()) {
      if (c.readWriteOncePod() && state.readWriteOncePodInUse(c.namespace() + "/" + c.name())) {
        return Optional.of(Reasons.READ_WRITE_ONCE_POD);
      }
    }
    boolean unbound = false;
    for (PersistentVolumeClaim c : pod.claims()) {
      Volumes.Binding b = state.volumes().binding(c);
      if (b instanceof Volumes.MissingClass m) {
        return Optional.of("storageclass.storage.k8s.io \"" + m.name() + "\" not found");
      }
      unbound |= b instanceof Volumes.Unbound;
      bindings.add(b);
    }
    return unbound ? Optional.of(Reasons.UNBOUND_IMMEDIATE) : Optional.empty();
  }

  private void spread(List<TopologySpreadConstraint> constraints, List<Spread> out) {
    Set<String> keys = new HashSet<>();
    constraints.forEach(c -> keys.add(c.topologyKey()));
    for (TopologySpreadConstraint c : constraints) {
      LabelSelector selector = selector(c);
      SpreadKey key = new SpreadKey(pod.namespace(), selector, c.topologyKey(), keys,
          c.nodeAffinityPolicy().equals("Ignore") ? NodeAffinity.NONE : pod.nodeAffinity(),
          c.nodeTaintsPolicy().equals("Honor"),
          c.nodeTaintsPolicy().equals("Honor") ? pod.tolerations() : List.of());
      SpreadCounts counts = state.spread(key, fit != null ? fit : state.staticFit(pod, wording));
      out.add(new Spread(c, counts, selector.matches(pod.labels()),
          counts.min(c.minDomains())));
    }
  }

  /** The constraint's selector with matchLabelKeys merged in; no selector selects nothing. */
  private LabelSelector selector(TopologySpreadConstraint c) {
    if (c.selector().isEmpty()) {
      return new LabelSelector(Map.of(), List.of(new LabelSelector.Requirement(
          "kubecheck.io/selects-nothing", "In", Set.of())));
    }
    if (c.matchLabelKeys().isEmpty()) {
      return c.selector().get();
    }
    List<LabelSelector.Requirement> reqs = new ArrayList<>(c.selector().get().matchExpressions());
    for (String k : c.matchLabelKeys()) {
      String v = pod.labels().get(k);
      if (v != null) {
        reqs.add(new LabelSelector.Requirement(k, "In", Set.of(v)));
      }
    }
    return new LabelSelector(c.selector().get().matchLabels(), reqs);
  }
}
