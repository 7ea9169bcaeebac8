package io.github.kubecheck.scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * NodeResourcesFit: the pod count first, then every requested resource against what is left of
 * the node's allocatable; all shortfalls are reported, as upstream keeps every reason.
 */
final class NodeResourcesFit implements FilterPlugin {

  @Override
  public String name() {
    return "NodeResourcesFit";
  }

  @Override
  public Rejection filter(Cycle c, NodeState n) {
    List<String> reasons = null;
    if (n.podCount() + 1 > n.allowedPods()) {
      reasons = add(reasons, Reasons.TOO_MANY_PODS);
    }
    ResourceList want = c.pod.requests();
    ResourceList alloc = n.allocatable();
    if (want.milliCpu() > 0 && want.milliCpu() > alloc.milliCpu() - n.milliCpu()) {
      reasons = add(reasons, Reasons.insufficient("cpu"));
    }
    if (want.memory() > 0 && want.memory() > alloc.memory() - n.memory()) {
      reasons = add(reasons, Reasons.insufficient("memory"));
    }
    if (want.ephemeralStorage() > 0
        && want.ephemeralStorage() > alloc.ephemeralStorage() - n.ephemeralStorage()) {
      reasons = add(reasons, Reasons.insufficient("ephemeral-storage"));
    }
    if (want.scalars().isEmpty()) {
      return reasons == null ? null : new Rejection(reasons, false);
    }
    for (Map.Entry<String, Long> e : want.scalars().entrySet()) {
      if (e.getValue() > 0 && e.getValue() > alloc.scalar(e.getKey()) - n.scalar(e.getKey())) {
        reasons = add(reasons, Reasons.insufficient(e.getKey()));
      }
    }
    return reasons == null ? null : new Rejection(reasons, false);
  }

  private static List<String> add(List<String> reasons, String r) {
    List<String> out = reasons == null ? new ArrayList<>() : reasons;
    out.add(r);
    return out;
  }
}
