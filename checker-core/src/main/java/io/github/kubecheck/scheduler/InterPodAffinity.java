package io.github.kubecheck.scheduler;


/**
 * InterPodAffinity: the pod's required affinity (a matching pod in the node's domain of every
 * term, unless no pod matches yet and the pod matches its own terms), its required
 * anti-affinity, and the anti-affinity of pods already bound, which forbids their domains to the
 * pods they select.
 */
final class InterPodAffinity implements FilterPlugin {

  private static final Rejection AFFINITY_REJECTION = Rejection.unresolvable(Reasons.AFFINITY);
  private static final Rejection ANTI_AFFINITY_REJECTION = Rejection.unschedulable(Reasons.ANTI_AFFINITY);
  private static final Rejection EXISTING_ANTI_AFFINITY_REJECTION = Rejection.unschedulable(Reasons.EXISTING_ANTI_AFFINITY);

  @Override
  public String name() {
    return "InterPodAffinity";
  }

  @Override
  public Rejection filter(Cycle c, NodeState n) {
    if (c.affinity.isEmpty() && c.anti.isEmpty() && c.forbiddenByExisting.isEmpty()) {
      return null;
    }
    if (!c.affinity.isEmpty()) {
      boolean podsExist = true;
      for (int i = 0; i < c.affinity.size(); i++) {
        DomainCounts counts = c.affinityCounts.get(i);
        if (counts.topology().domain(n) == Topology.NO_LABEL) {
          return AFFINITY_REJECTION;
        }
        podsExist &= counts.get(n) > 0;
      }
      if (!podsExist && (c.affinityPodsExist || !c.matchesOwnAffinity)) {
        return AFFINITY_REJECTION;
      }
    }
    for (int i = 0; i < c.anti.size(); i++) {
      if (c.antiCounts.get(i).get(n) > 0) {
        return ANTI_AFFINITY_REJECTION;
      }
    }
    for (Cycle.Forbidden f : c.forbiddenByExisting) {
      int d = f.topology().domain(n);
      if (d != Topology.NO_LABEL && f.domains()[d]) {
        return EXISTING_ANTI_AFFINITY_REJECTION;
      }
    }
    return null;
  }
}
