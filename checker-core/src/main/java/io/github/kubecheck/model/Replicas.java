package io.github.kubecheck.model;

import java.util.List;
import java.util.Optional;

/**
 * How many pods a replicated workload runs: {@code spec.replicas}, or, while a
 * HorizontalPodAutoscaler scales it, anything between the autoscaler's bounds.
 *
 * @param min the fewest replicas it can run with
 * @param max the most; equal to {@code min} without an autoscaler
 */
public record Replicas(Resource workload, int min, int max,
    Optional<HorizontalPodAutoscaler> autoscaler) {

  /**
   * The replicas of a Deployment, ReplicaSet, StatefulSet or ReplicationController; empty for
   * other kinds (a Pod, a DaemonSet, a Job) and for objects a controller owns (a ReplicaSet of a
   * Deployment, as exported from a cluster), whose count their owner decides.
   *
   * @param autoscalers the HorizontalPodAutoscalers that exist, of any namespace
   */
  public static Optional<Replicas> of(Resource workload, List<Resource> autoscalers) {
    if (!Workloads.createsPods(workload) || workload.kind().equals("Pod")
        || isControlled(workload)) {
      return Optional.empty();
    }
    return Workloads.replicas(workload).map(n -> {
      // An autoscaler leaves a workload scaled to zero alone.
      Optional<HorizontalPodAutoscaler> hpa = n == 0 ? Optional.empty() : autoscalers.stream()
          .filter(HorizontalPodAutoscaler::isHorizontalPodAutoscaler)
          .map(HorizontalPodAutoscaler::of).filter(h -> h.targets(workload)).findFirst();
      return hpa.map(h -> new Replicas(workload, h.effectiveMinReplicas(),
              h.maxReplicas().orElse(h.effectiveMinReplicas()), hpa))
          .orElseGet(() -> new Replicas(workload, n, n, Optional.empty()));
    });
  }

  private static boolean isControlled(Resource r) {
    return r.metadata().sequence("ownerReferences").map(s -> s.mappings()
        .anyMatch(o -> o.bool("controller").orElse(false))).orElse(false);
  }
}
