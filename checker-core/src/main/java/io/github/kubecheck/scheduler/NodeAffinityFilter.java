package io.github.kubecheck.scheduler;

/** NodeAffinity: the pod's nodeSelector and required node affinity. */
final class NodeAffinityFilter implements NodeFilter {

  @Override
  public String name() {
    return "NodeAffinity";
  }

  @Override
  public Rejection filter(SimPod pod, Wording wording, NodeState n) {
    return pod.nodeAffinity().requiredMatch(n.name(), n.node().labels()) ? null
        : Rejection.unresolvable(Reasons.NODE_AFFINITY);
  }
}
