package io.github.kubecheck.scheduler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cluster as the scheduler's snapshot sees it between two pods: the nodes, which pod is bound
 * where, and the counts the plugins need, all updated on bind and unbind (preemption) rather
 * than recomputed per pod.
 */
final class SchedulingState {

  private final List<NodeState> nodes;
  private final Map<String, NodeState> byName = new HashMap<>();
  private final Map<SimPod, NodeState> placement = new IdentityHashMap<>();
  private final Map<String, List<SimPod>> byNamespace = new LinkedHashMap<>();
  private final TermIndex terms = new TermIndex(this);
  private final Map<SpreadKey, SpreadCounts> spreads = new HashMap<>();
  private final Map<String, List<SpreadCounts>> spreadsByNamespace = new HashMap<>();
  private final Map<Selection, DomainCounts> antiTerms = new HashMap<>();
  private final Set<String> readWriteOncePodClaims = new HashSet<>();
  private final Map<StaticFit.Key, StaticFit> staticFits = new HashMap<>();
  private final Map<String, Topology> topologies = new HashMap<>();
  private final Volumes volumes;
  private final Map<String, Map<String, String>> namespaceLabels;

  /** @param namespaceLabels the labels of every namespace, for namespaceSelectors */
  SchedulingState(List<NodeState> nodes, Volumes volumes,
      Map<String, Map<String, String>> namespaceLabels) {
    this.nodes = List.copyOf(nodes);
    this.volumes = volumes;
    this.namespaceLabels = Map.copyOf(namespaceLabels);
    for (NodeState n : nodes) {
      byName.put(n.name(), n);
    }
  }

  List<NodeState> nodes() {
    return nodes;
  }

  NodeState node(String name) {
    return byName.get(name);
  }

  NodeState nodeOf(SimPod p) {
    return placement.get(p);
  }

  Map<String, Map<String, String>> namespaceLabels() {
    return namespaceLabels;
  }

  Volumes volumes() {
    return volumes;
  }

  Collection<SimPod> boundPods() {
    return placement.keySet();
  }

  List<SimPod> boundPods(Set<String> namespaces) {
    List<SimPod> out = new ArrayList<>();
    for (String ns : namespaces) {
      out.addAll(byNamespace.getOrDefault(ns, List.of()));
    }
    return out;
  }

  /** The node-only filter and score answers for pods like this one, computed once. */
  StaticFit staticFit(SimPod p, Wording wording) {
    return staticFits.computeIfAbsent(new StaticFit.Key(p.tolerations(), p.nodeAffinity()),
        k -> new StaticFit(p, wording, nodes));
  }

  Topology topology(String key) {
    return topologies.computeIfAbsent(key, k -> new Topology(k, nodes));
  }

  DomainCounts termCounts(Selection s) {
    return terms.counts(s);
  }

  /** The required anti-affinity terms of bound pods, with the domains those pods are in. */
  Map<Selection, DomainCounts> antiTerms() {
    return antiTerms;
  }

  boolean readWriteOncePodInUse(String claim) {
    return readWriteOncePodClaims.contains(claim);
  }

  SpreadCounts spread(SpreadKey key, StaticFit fit) {
    SpreadCounts c = spreads.get(key);
    if (c == null) {
      List<Topology> keys = new ArrayList<>();
      key.requiredKeys().stream().sorted().forEach(k -> keys.add(topology(k)));
      c = new SpreadCounts(key, topology(key.topologyKey()), nodes, fit, keys);
      for (SimPod p : byNamespace.getOrDefault(key.namespace(), List.of())) {
        c.bound(p, placement.get(p), 1);
      }
      spreads.put(key, c);
      spreadsByNamespace.computeIfAbsent(key.namespace(), k -> new ArrayList<>()).add(c);
    }
    return c;
  }

  void bind(SimPod p, NodeState n) {
    placement.put(p, n);
    byNamespace.computeIfAbsent(p.namespace(), k -> new ArrayList<>()).add(p);
    n.add(p);
    update(p, n, 1);
  }

  void unbind(SimPod p) {
    NodeState n = placement.remove(p);
    if (n == null) {
      return;
    }
    byNamespace.get(p.namespace()).remove(p);
    n.remove(p);
    update(p, n, -1);
  }

  private void update(SimPod p, NodeState n, int delta) {
    terms.bound(p, n, delta);
    for (SpreadCounts c : spreadsByNamespace.getOrDefault(p.namespace(), List.of())) {
      c.bound(p, n, delta);
    }
    for (Selection s : Affinity.requiredAnti(p, this)) {
      antiTerms.computeIfAbsent(s, k -> new DomainCounts(topology(k.topologyKey())))
          .add(n, delta);
    }
    for (var claim : p.claims()) {
      if (claim.readWriteOncePod()) {
        String key = claim.namespace() + "/" + claim.name();
        if (delta > 0) {
          readWriteOncePodClaims.add(key);
        } else {
          readWriteOncePodClaims.remove(key);
        }
      }
    }
    volumes.bound(p, n, delta);
  }
}
