package io.github.kubecheck.scheduler;

/**
 * PodTopologySpread (DoNotSchedule constraints): placing the pod in the node's domain must not
 * make that domain exceed the emptiest one by more than maxSkew; a node without the topology
 * key fits no constraint.
 */
final class PodTopologySpread implements FilterPlugin {

  private static final Rejection SPREAD_LABEL_REJECTION = Rejection.unresolvable(Reasons.SPREAD_LABEL);
  private static final Rejection SPREAD_REJECTION = Rejection.unschedulable(Reasons.SPREAD);

  @Override
  public String name() {
    return "PodTopologySpread";
  }

  @Override
  public Rejection filter(Cycle c, NodeState n) {
    if (c.hardSpread.isEmpty()) {
      return null;
    }
    for (Cycle.Spread s : c.hardSpread) {
      if (!s.counts().hasKey(n)) {
        return SPREAD_LABEL_REJECTION;
      }
    }
    for (Cycle.Spread s : c.hardSpread) {
      int skew = s.counts().count(n) + (s.selfMatch() ? 1 : 0) - s.minMatch();
      if (skew > s.constraint().maxSkew()) {
        return SPREAD_REJECTION;
      }
    }
    return null;
  }
}
