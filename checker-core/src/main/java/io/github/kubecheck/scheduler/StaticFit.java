package io.github.kubecheck.scheduler;

import io.github.kubecheck.model.NodeAffinity;
import io.github.kubecheck.model.Taint;
import io.github.kubecheck.model.Toleration;
import java.util.List;

/**
 * The answers of the filters and scores that depend only on a pod's tolerations and node
 * affinity and on the nodes' fixed facts, for every node: computed once for all the pods that
 * share them (the replicas of a workload), then read per pod and node.
 */
final class StaticFit {

  /** What the answers depend on. */
  record Key(List<Toleration> tolerations, NodeAffinity affinity) {}

  static final List<NodeFilter> FILTERS = List.of(new NodeUnschedulable(), new NodeName(),
      new TaintToleration(), new NodeAffinityFilter());

  private final Rejection[] rejections;
  private final long[] untoleratedPreferNoSchedule;
  private final long[] preferredAffinity;
  private final boolean[] matchesAffinity;
  private final boolean[] tolerated;

  StaticFit(SimPod pod, Wording wording, List<NodeState> nodes) {
    rejections = new Rejection[nodes.size()];
    untoleratedPreferNoSchedule = new long[nodes.size()];
    preferredAffinity = new long[nodes.size()];
    matchesAffinity = new boolean[nodes.size()];
    tolerated = new boolean[nodes.size()];
    for (NodeState n : nodes) {
      int i = n.index();
      matchesAffinity[i] = pod.nodeAffinity().requiredMatch(n.name(), n.node().labels());
      tolerated[i] = n.filterTaints().stream()
          .allMatch(t -> Toleration.anyTolerates(pod.tolerations(), t));
      rejections[i] = filter(pod, wording, n);
      untoleratedPreferNoSchedule[i] = preferNoSchedule(pod, n);
      preferredAffinity[i] = pod.nodeAffinity().preferredScore(n.name(), n.node().labels());
    }
  }

  static Rejection filter(SimPod pod, Wording wording, NodeState n) {
    for (NodeFilter f : FILTERS) {
      Rejection r = f.filter(pod, wording, n);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  static long preferNoSchedule(SimPod pod, NodeState n) {
    long count = 0;
    for (Taint t : n.preferTaints()) {
      if (!Toleration.anyTolerates(pod.tolerations(), t)) {
        count++;
      }
    }
    return count;
  }

  boolean matchesAffinity(NodeState n) {
    return matchesAffinity[n.index()];
  }

  /** Whether the pod tolerates every NoSchedule and NoExecute taint of the node. */
  boolean tolerated(NodeState n) {
    return tolerated[n.index()];
  }

  Rejection rejection(NodeState n) {
    return rejections[n.index()];
  }

  long preferNoSchedule(NodeState n) {
    return untoleratedPreferNoSchedule[n.index()];
  }

  long preferredAffinity(NodeState n) {
    return preferredAffinity[n.index()];
  }
}
