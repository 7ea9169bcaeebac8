package io.github.kubecheck.scheduler;

import io.github.kubecheck.model.Taint;
import io.github.kubecheck.model.Toleration;

/** TaintToleration: the first NoSchedule or NoExecute taint the pod does not tolerate. */
final class TaintToleration implements NodeFilter {

  @Override
  public String name() {
    return "TaintToleration";
  }

  @Override
  public Rejection filter(SimPod pod, Wording wording, NodeState n) {
    for (Taint t : n.filterTaints()) {
      if (!Toleration.anyTolerates(pod.tolerations(), t)) {
        return Rejection.unresolvable(wording.untoleratedTaint(t));
      }
    }
    return null;
  }
}
