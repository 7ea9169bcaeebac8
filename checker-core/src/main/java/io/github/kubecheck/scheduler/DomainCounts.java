package io.github.kubecheck.scheduler;

/**
 * How many selected pods run in each domain of a topology key, and how many on nodes that have
 * the key at all.
 */
final class DomainCounts {

  private final Topology topology;
  private final int[] counts;
  private int labelled;

  DomainCounts(Topology topology) {
    this.topology = topology;
    this.counts = new int[topology.size()];
  }

  Topology topology() {
    return topology;
  }

  void add(NodeState n, int delta) {
    int d = topology.domain(n);
    if (d != Topology.NO_LABEL) {
      counts[d] += delta;
      labelled += delta;
    }
  }

  /** Pods in the node's domain; 0 for a node without the key. */
  int get(NodeState n) {
    int d = topology.domain(n);
    return d == Topology.NO_LABEL ? 0 : counts[d];
  }

  int countIn(int domain) {
    return counts[domain];
  }

  /** Pods on nodes that carry the topology key. */
  int labelled() {
    return labelled;
  }
}
