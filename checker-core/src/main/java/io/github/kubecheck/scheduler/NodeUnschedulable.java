package io.github.kubecheck.scheduler;

import io.github.kubecheck.model.Taint;
import io.github.kubecheck.model.Toleration;

/** NodeUnschedulable: a cordoned node takes only pods tolerating its unschedulable taint. */
final class NodeUnschedulable implements NodeFilter {

  static final Taint TAINT = new Taint("node.kubernetes.io/unschedulable", "", "NoSchedule",
      null);

  @Override
  public String name() {
    return "NodeUnschedulable";
  }

  @Override
  public Rejection filter(SimPod pod, Wording wording, NodeState n) {
    if (!n.node().unschedulable() || Toleration.anyTolerates(pod.tolerations(), TAINT)) {
      return null;
    }
    return Rejection.unresolvable(Reasons.UNSCHEDULABLE);
  }
}
