package io.github.kubecheck.scheduler;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Matching pods per domain for one {@link SpreadKey}, over the nodes that count, with the
 * smallest count kept at hand (a histogram of counts), since PodTopologySpread compares every
 * candidate domain with the emptiest one.
 */
final class SpreadCounts {

  private final SpreadKey key;
  private final BitSet counted = new BitSet();
  private final Map<String, Integer> byDomain = new HashMap<>();
  private final TreeMap<Integer, Integer> histogram = new TreeMap<>();

  SpreadCounts(SpreadKey key, List<NodeState> nodes) {
    this.key = key;
    for (NodeState n : nodes) {
      if (key.counts(n)) {
        counted.set(n.index());
        String v = n.node().labels().get(key.topologyKey());
        if (byDomain.putIfAbsent(v, 0) == null) {
          histogram.merge(0, 1, Integer::sum);
        }
      }
    }
  }

  SpreadKey key() {
    return key;
  }

  void bound(SimPod p, NodeState n, int delta) {
    if (!counted.get(n.index()) || !key.selector().matches(p.labels())) {
      return;
    }
    String v = n.node().labels().get(key.topologyKey());
    int before = byDomain.get(v);
    byDomain.put(v, before + delta);
    if (histogram.merge(before, -1, Integer::sum) == 0) {
      histogram.remove(before);
    }
    histogram.merge(before + delta, 1, Integer::sum);
  }

  /** Matching pods in the domain of this value (0 for a domain that does not count). */
  int count(String value) {
    return byDomain.getOrDefault(value, 0);
  }

  int domains() {
    return byDomain.size();
  }

  /** The smallest count over the domains; 0 while there are fewer domains than minDomains. */
  int min(int minDomains) {
    if (byDomain.size() < minDomains || histogram.isEmpty()) {
      return 0;
    }
    return histogram.firstKey();
  }
}
