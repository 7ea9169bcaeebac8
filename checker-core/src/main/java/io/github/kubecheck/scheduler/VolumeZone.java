package io.github.kubecheck.scheduler;

import java.util.List;
import java.util.Set;

/**
 * VolumeZone: a bound volume labelled with a zone or region (a {@code __}-separated list of
 * values) fits only nodes in one of them.
 */
final class VolumeZone implements FilterPlugin {

  private static final List<String> KEYS = List.of("topology.kubernetes.io/zone",
      "topology.kubernetes.io/region", "failure-domain.beta.kubernetes.io/zone",
      "failure-domain.beta.kubernetes.io/region");

  @Override
  public String name() {
    return "VolumeZone";
  }

  @Override
  public Rejection filter(Cycle c, NodeState n) {
    if (c.bindings.isEmpty()) {
      return null;
    }
    for (Volumes.Binding b : c.bindings) {
      if (b instanceof Volumes.Bound bound) {
        for (String key : KEYS) {
          String want = bound.volume().labels().get(key);
          if (want == null) {
            continue;
          }
          String have = n.node().labels().get(key);
          if (have == null || !Set.of(want.split("__")).contains(have)) {
            return Rejection.unresolvable(Reasons.VOLUME_ZONE);
          }
        }
      }
    }
    return null;
  }
}
