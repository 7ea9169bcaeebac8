package io.github.kubecheck.model;

import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import java.util.Optional;

/**
 * A HorizontalPodAutoscaler (autoscaling/v1 or v2): which workload it scales, between how many
 * replicas. While it exists it owns the workload's {@code spec.replicas}.
 *
 * @param minReplicas the API default is 1
 * @param maxReplicas empty when not readable
 */
public record HorizontalPodAutoscaler(Resource resource, String targetGroup, String targetKind,
    String targetName, int minReplicas, Optional<Integer> maxReplicas) {

  public static boolean isHorizontalPodAutoscaler(Resource r) {
    return r.is("autoscaling", "HorizontalPodAutoscaler");
  }

  public static HorizontalPodAutoscaler of(Resource r) {
    MappingNode spec = r.spec();
    MappingNode ref = spec.mapping("scaleTargetRef").orElse(MappingNode.empty(spec.span()));
    return new HorizontalPodAutoscaler(r,
        GroupVersion.parse(ref.text("apiVersion").orElse("")).group(),
        ref.text("kind").orElse(""), ref.text("name").orElse(""),
        integer(spec, "minReplicas").orElse(1), integer(spec, "maxReplicas"));
  }

  /** Whether it scales {@code workload}: same namespace, group, kind and name. */
  public boolean targets(Resource workload) {
    return workload.effectiveNamespace().equals(resource.effectiveNamespace())
        && workload.group().equals(targetGroup) && workload.kind().equals(targetKind)
        && workload.name().equals(targetName);
  }

  private static Optional<Integer> integer(MappingNode m, String key) {
    return m.get(key).flatMap(Node::asScalar).flatMap(s -> s.asLong()).map(Long::intValue);
  }
}
