package io.github.kubecheck.scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * NodeResourcesFit: the pod count first, then every requested resource against what is left of
 * the node's allocatable; all shortfalls are reported, as upstream keeps every reason.
 */
final class NodeResourcesFit implements FilterPlugin {

  private static final String[] STANDARD = {Reasons.TOO_MANY_PODS, Reasons.insufficient("cpu"),
      Reasons.insufficient("memory"), Reasons.insufficient("ephemeral-storage")};

  /** The rejections of the standard resources, by the bits of those short; shared, as full
   * nodes reject most pods. */
  private static final Rejection[] BY_MASK = new Rejection[1 << STANDARD.length];

  static {
    for (int mask = 1; mask < BY_MASK.length; mask++) {
      List<String> reasons = new ArrayList<>();
      for (int i = 0; i < STANDARD.length; i++) {
        if ((mask & (1 << i)) != 0) {
          reasons.add(STANDARD[i]);
        }
      }
      BY_MASK[mask] = new Rejection(reasons, false);
    }
  }

  @Override
  public String name() {
    return "NodeResourcesFit";
  }

  @Override
  public Rejection filter(Cycle c, NodeState n) {
    int mask = 0;
    if (n.podCount() + 1 > n.allowedPods()) {
      mask |= 1;
    }
    ResourceList want = c.pod.requests();
    ResourceList alloc = n.allocatable();
    if (want.milliCpu() > 0 && want.milliCpu() > alloc.milliCpu() - n.milliCpu()) {
      mask |= 2;
    }
    if (want.memory() > 0 && want.memory() > alloc.memory() - n.memory()) {
      mask |= 4;
    }
    if (want.ephemeralStorage() > 0
        && want.ephemeralStorage() > alloc.ephemeralStorage() - n.ephemeralStorage()) {
      mask |= 8;
    }
    List<String> scalars = null;
    if (!want.scalars().isEmpty()) {
      for (Map.Entry<String, Long> e : want.scalars().entrySet()) {
        if (e.getValue() > 0 && e.getValue() > alloc.scalar(e.getKey()) - n.scalar(e.getKey())) {
          scalars = scalars == null ? new ArrayList<>() : scalars;
          scalars.add(Reasons.insufficient(e.getKey()));
        }
      }
    }
    if (scalars == null) {
      return mask == 0 ? null : BY_MASK[mask];
    }
    List<String> reasons = new ArrayList<>(mask == 0 ? List.of() : BY_MASK[mask].reasons());
    reasons.addAll(scalars);
    return new Rejection(reasons, false);
  }
}
