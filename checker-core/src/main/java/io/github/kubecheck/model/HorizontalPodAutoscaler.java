package io.github.kubecheck.model;

import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A HorizontalPodAutoscaler (autoscaling/v1, v2, and the removed v2beta1 and v2beta2) as the
 * controller reads it: what it scales, its bounds, and the resource metrics whose utilization it
 * computes from pod requests. Without metrics the controller targets 80% average CPU
 * utilization, in every version; that default is one of the metrics here.
 *
 * @param minReplicas as written; the API defaults it to 1
 */
public record HorizontalPodAutoscaler(Resource resource, Optional<ScaleTarget> target,
    Optional<Integer> minReplicas, Optional<Integer> maxReplicas, List<Metric> metrics) {

  /** {@code spec.scaleTargetRef}; {@code apiVersion} is optional and may be empty. */
  public record ScaleTarget(String apiVersion, String kind, String name) {
    public String group() {
      return GroupVersion.parse(apiVersion).group();
    }
  }

  /**
   * A metric computed as a share of the pods' requests of a resource.
   *
   * @param container for a ContainerResource metric, the container measured
   * @param path where the metric is written; for the default CPU target, {@code spec}
   * @param implicit whether it is the controller's default, not written in the object
   */
  public record UtilizationMetric(String resourceName, Optional<String> container, String path,
      boolean implicit) {}

  /** One metric of any type; only utilization metrics need requests. */
  public record Metric(String type, Optional<UtilizationMetric> utilization) {}

  public static boolean isHorizontalPodAutoscaler(Resource r) {
    return r.is("autoscaling", "HorizontalPodAutoscaler");
  }

  public static HorizontalPodAutoscaler of(Resource r) {
    MappingNode spec = r.spec();
    Optional<ScaleTarget> target = spec.mapping("scaleTargetRef")
        .filter(t -> t.text("kind").isPresent() && t.text("name").isPresent())
        .map(t -> new ScaleTarget(t.text("apiVersion").orElse(""), t.text("kind").get(),
            t.text("name").get()));
    return new HorizontalPodAutoscaler(r, target, integer(spec, "minReplicas"),
        integer(spec, "maxReplicas"), metrics(r.version(), spec));
  }

  /** The replicas the autoscaler never goes below: {@code minReplicas}, default 1. */
  public int effectiveMinReplicas() {
    return minReplicas.orElse(1);
  }

  /** Whether it scales {@code workload}: same namespace, group, kind and name. */
  public boolean targets(Resource workload) {
    return target.isPresent()
        && workload.effectiveNamespace().equals(resource.effectiveNamespace())
        && workload.group().equals(target.get().group())
        && workload.kind().equals(target.get().kind())
        && workload.name().equals(target.get().name());
  }

  public List<UtilizationMetric> utilizationMetrics() {
    return metrics.stream().flatMap(m -> m.utilization().stream()).toList();
  }

  private static List<Metric> metrics(String version, MappingNode spec) {
    if (version.equals("v1")) {
      String path = spec.has("targetCPUUtilizationPercentage")
          ? "spec.targetCPUUtilizationPercentage" : "spec";
      return List.of(new Metric("Resource", Optional.of(new UtilizationMetric("cpu",
          Optional.empty(), path, path.equals("spec")))));
    }
    List<Metric> out = new ArrayList<>();
    spec.sequence("metrics").ifPresent(s -> {
      for (int i = 0; i < s.size(); i++) {
        int index = i;
        s.get(i).flatMap(Node::asMapping).ifPresent(m -> out.add(metric(index, m)));
      }
    });
    if (out.isEmpty() && spec.sequence("metrics").map(s -> s.size() == 0).orElse(true)) {
      out.add(new Metric("Resource", Optional.of(new UtilizationMetric("cpu", Optional.empty(),
          "spec", true))));
    }
    return out;
  }

  private static Metric metric(int index, MappingNode m) {
    String type = m.text("type").orElse("");
    String field = switch (type) {
      case "Resource" -> "resource";
      case "ContainerResource" -> "containerResource";
      default -> "";
    };
    Optional<MappingNode> source = field.isEmpty() ? Optional.empty() : m.mapping(field);
    Optional<UtilizationMetric> utilization = source.filter(HorizontalPodAutoscaler::utilization)
        .flatMap(s -> s.text("name").map(name -> new UtilizationMetric(name,
            field.equals("containerResource") ? s.text("container") : Optional.empty(),
            "spec.metrics[" + index + "]." + field, false)));
    return new Metric(type, utilization);
  }

  /** v2 and v2beta2 say {@code target.type: Utilization}, v2beta1 targetAverageUtilization. */
  private static boolean utilization(MappingNode source) {
    return source.mapping("target").flatMap(t -> t.text("type")).map("Utilization"::equals)
        .orElse(false) || source.has("targetAverageUtilization");
  }

  private static Optional<Integer> integer(MappingNode m, String key) {
    return m.get(key).flatMap(Node::asScalar).flatMap(s -> s.asLong()).map(Long::intValue);
  }
}
