package io.github.kubecheck.scheduler;

/** NodeAffinity: the pod's nodeSelector and required node affinity. */
final class NodeAffinityFilter implements FilterPlugin {

  @Override
  public String name() {
    return "NodeAffinity";
  }

  @Override
  public Rejection filter(Cycle c, NodeState n) {
    return c.pod.nodeAffinity().requiredMatch(n.name(), n.node().labels()) ? null
        : Rejection.unresolvable(Reasons.NODE_AFFINITY);
  }
}
