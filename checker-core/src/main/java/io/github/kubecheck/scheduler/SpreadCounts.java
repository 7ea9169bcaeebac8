package io.github.kubecheck.scheduler;

import java.util.List;
import java.util.TreeMap;

/**
 * Matching pods per domain for one {@link SpreadKey}, over the nodes that count, with the
 * smallest count kept at hand (a histogram of counts), since PodTopologySpread compares every
 * candidate domain with the emptiest one. Domains are those of the key's {@link Topology} that
 * some counted node is in.
 */
final class SpreadCounts {

  private final SpreadKey key;
  private final Topology topology;
  private final boolean[] counted;
  private final boolean[] domainCounts;
  private final int[] counts;
  private final int domains;
  private final TreeMap<Integer, Integer> histogram = new TreeMap<>();

  /**
   * @param fit the node-only answers for the pod the key was made for (equal keys have equal
   *     affinity and tolerations wherever they count)
   * @param keys the topologies of every key of the pod's constraints of this kind
   */
  SpreadCounts(SpreadKey key, Topology topology, List<NodeState> nodes, StaticFit fit,
      List<Topology> keys) {
    this.key = key;
    this.topology = topology;
    counted = new boolean[nodes.size()];
    domainCounts = new boolean[topology.size()];
    int n = 0;
    for (NodeState node : nodes) {
      if (counts(node, fit, keys)) {
        counted[node.index()] = true;
        int d = topology.domain(node);
        if (!domainCounts[d]) {
          domainCounts[d] = true;
          n++;
        }
      }
    }
    domains = n;
    counts = new int[topology.size()];
    if (domains > 0) {
      histogram.put(0, domains);
    }
  }

  /**
   * Whether a node counts: it has every key, passes the pod's node affinity (unless the policy
   * ignores it) and, when the taints policy honours them, has no taint the pod does not
   * tolerate.
   */
  private boolean counts(NodeState n, StaticFit fit, List<Topology> keys) {
    for (Topology t : keys) {
      if (t.domain(n) == Topology.NO_LABEL) {
        return false;
      }
    }
    boolean honorAffinity = key.affinity() != io.github.kubecheck.model.NodeAffinity.NONE;
    return (!honorAffinity || fit.matchesAffinity(n)) && (!key.honorTaints() || fit.tolerated(n));
  }

  SpreadKey key() {
    return key;
  }

  void bound(SimPod p, NodeState n, int delta) {
    if (!counted[n.index()] || !key.selector().matches(p.labels())) {
      return;
    }
    int d = topology.domain(n);
    int before = counts[d];
    counts[d] = before + delta;
    if (histogram.merge(before, -1, Integer::sum) == 0) {
      histogram.remove(before);
    }
    histogram.merge(before + delta, 1, Integer::sum);
  }

  boolean hasKey(NodeState n) {
    return topology.domain(n) != Topology.NO_LABEL;
  }

  /** Matching pods in the node's domain (0 for a domain no counted node is in). */
  int count(NodeState n) {
    int d = topology.domain(n);
    return d == Topology.NO_LABEL || !domainCounts[d] ? 0 : counts[d];
  }

  int domains() {
    return domains;
  }

  /** The smallest count over the domains; 0 while there are fewer domains than minDomains. */
  int min(int minDomains) {
    if (domains < minDomains || histogram.isEmpty()) {
      return 0;
    }
    return histogram.firstKey();
  }
}
