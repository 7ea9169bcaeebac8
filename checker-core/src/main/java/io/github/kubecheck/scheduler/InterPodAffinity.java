package io.github.kubecheck.scheduler;

import java.util.Map;
import java.util.Set;

/**
 * InterPodAffinity: the pod's required affinity (a matching pod in the node's domain of every
 * term, unless no pod matches yet and the pod matches its own terms), its required
 * anti-affinity, and the anti-affinity of pods already bound, which forbids their domains to the
 * pods they select.
 */
final class InterPodAffinity implements FilterPlugin {

  @Override
  public String name() {
    return "InterPodAffinity";
  }

  @Override
  public Rejection filter(Cycle c, NodeState n) {
    Map<String, String> labels = n.node().labels();
    if (!c.affinity.isEmpty()) {
      boolean podsExist = true;
      for (int i = 0; i < c.affinity.size(); i++) {
        String value = labels.get(c.affinity.get(i).topologyKey());
        if (value == null) {
          return Rejection.unresolvable(Reasons.AFFINITY);
        }
        podsExist &= c.affinityCounts.get(i).get(value) > 0;
      }
      if (!podsExist && (c.affinityPodsExist || !c.matchesOwnAffinity)) {
        return Rejection.unresolvable(Reasons.AFFINITY);
      }
    }
    for (int i = 0; i < c.anti.size(); i++) {
      String value = labels.get(c.anti.get(i).topologyKey());
      if (value != null && c.antiCounts.get(i).get(value) > 0) {
        return Rejection.unschedulable(Reasons.ANTI_AFFINITY);
      }
    }
    for (Map.Entry<String, Set<String>> e : c.forbiddenByExisting.entrySet()) {
      String value = labels.get(e.getKey());
      if (value != null && e.getValue().contains(value)) {
        return Rejection.unschedulable(Reasons.EXISTING_ANTI_AFFINITY);
      }
    }
    return null;
  }
}
