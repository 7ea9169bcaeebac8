package io.github.kubecheck.scheduler;

import java.util.HashSet;
import java.util.Set;

/**
 * VolumeBinding: bound volumes must be reachable from the node (their node affinity); claims
 * waiting for a static volume need a free one there, one volume per claim.
 */
final class VolumeBinding implements FilterPlugin {

  @Override
  public String name() {
    return "VolumeBinding";
  }

  @Override
  public Rejection filter(Cycle c, NodeState n) {
    if (c.bindings.isEmpty()) {
      return null;
    }
    boolean conflict = false;
    boolean missing = false;
    Set<String> taken = null;
    for (Volumes.Binding b : c.bindings) {
      if (b instanceof Volumes.Bound bound) {
        conflict |= !bound.volume().reachableFrom(n.name(), n.node().labels());
      } else if (b instanceof Volumes.NeedsStaticVolume w) {
        var v = c.state.volumes().available(w.storageClass(), n);
        if (v.isEmpty()) {
          missing = true;
        } else {
          taken = taken == null ? new HashSet<>() : taken;
          missing |= !taken.add(v.get().name());
        }
      }
    }
    if (conflict) {
      return Rejection.unresolvable(c.wording.volumeNodeAffinityConflict());
    }
    return missing ? Rejection.unresolvable(Reasons.BIND_CONFLICT) : null;
  }
}
