package io.github.kubecheck.scheduler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The domains of one topology key: each node's domain (the value of its label) as a small
 * number, looked up once, so counting pods per domain needs no label lookups per node.
 */
final class Topology {

  static final int NO_LABEL = -1;

  private final String key;
  private final int[] domainOf;
  private final Map<String, Integer> ids = new HashMap<>();

  Topology(String key, List<NodeState> nodes) {
    this.key = key;
    domainOf = new int[nodes.size()];
    for (NodeState n : nodes) {
      String v = n.node().labels().get(key);
      domainOf[n.index()] = v == null ? NO_LABEL : ids.computeIfAbsent(v, x -> ids.size());
    }
  }

  String key() {
    return key;
  }

  /** The node's domain, or {@link #NO_LABEL}. */
  int domain(NodeState n) {
    return domainOf[n.index()];
  }

  int size() {
    return ids.size();
  }
}
