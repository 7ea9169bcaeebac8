package io.github.kubecheck.scheduler;

/**
 * NodeName: a pod naming a node fits only there. Pods with {@code spec.nodeName} never reach the
 * scheduler (the simulation binds them directly), so this only matters to preemption checks.
 */
final class NodeName implements NodeFilter {

  @Override
  public String name() {
    return "NodeName";
  }

  @Override
  public Rejection filter(SimPod pod, Wording wording, NodeState n) {
    String want = pod.nodeName();
    return want.isEmpty() || want.equals(n.name()) ? null
        : Rejection.unresolvable(Reasons.NODE_NAME);
  }
}
