package io.github.kubecheck.model;

import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.ScalarNode;
import java.util.Map;
import java.util.Optional;

/** Finds the pod template inside every kind that creates pods. */
public final class Workloads {

  /** group/Kind to the path of its pod template. */
  private static final Map<String, String> TEMPLATE_PATHS = Map.of(
      "/Pod", "",
      "/PodTemplate", "template",
      "/ReplicationController", "spec.template",
      "apps/Deployment", "spec.template",
      "apps/ReplicaSet", "spec.template",
      "apps/StatefulSet", "spec.template",
      "apps/DaemonSet", "spec.template",
      "batch/Job", "spec.template",
      "batch/CronJob", "spec.jobTemplate.spec.template");

  private Workloads() {}

  public static boolean createsPods(Resource r) {
    return TEMPLATE_PATHS.containsKey(r.group() + "/" + r.kind());
  }

  public static Optional<PodTemplate> podTemplate(Resource r) {
    String path = TEMPLATE_PATHS.get(r.group() + "/" + r.kind());
    if (path == null) {
      return Optional.empty();
    }
    Optional<MappingNode> template = path.isEmpty()
        ? Optional.of(r.node())
        : r.node().at(path).flatMap(Node::asMapping);
    return template.map(t -> new PodTemplate(r, path,
        t.mapping("metadata").orElse(MappingNode.empty(t.span())),
        t.mapping("spec").orElse(MappingNode.empty(t.span()))));
  }

  /**
   * The replicas a workload asks for: {@code spec.replicas} (default 1) for the replicated kinds,
   * 1 for a Pod; empty for kinds whose pod count depends on the cluster or the job, and when
   * {@code spec.replicas} is not a whole number ({@code "3"}): the API server refuses that object,
   * and the schema rules say so, so no other rule should guess the count.
   */
  public static Optional<Integer> replicas(Resource r) {
    String key = r.group() + "/" + r.kind();
    switch (key) {
      case "/Pod":
        return Optional.of(1);
      case "apps/Deployment", "apps/ReplicaSet", "apps/StatefulSet", "/ReplicationController":
        Optional<Node> written = r.spec().get("replicas")
            .filter(n -> !(n instanceof ScalarNode s && s.isNull()));
        if (written.isEmpty()) {
          return Optional.of(1);
        }
        return written.flatMap(Node::asScalar).flatMap(ScalarNode::asLong).map(Long::intValue);
      default:
        return Optional.empty();
    }
  }
}
