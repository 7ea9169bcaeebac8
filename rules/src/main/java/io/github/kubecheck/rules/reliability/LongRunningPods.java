package io.github.kubecheck.rules.reliability;

import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.rule.RuleContext;
import java.util.List;
import java.util.Set;

/**
 * The pod templates whose pods run until they are replaced: those of Deployments, ReplicaSets,
 * ReplicationControllers, StatefulSets and DaemonSets, and bare Pods and PodTemplates that
 * restart Always (the default). Jobs and CronJobs run to completion.
 */
final class LongRunningPods {

  private static final Set<String> SERVING = Set.of("apps/Deployment", "apps/ReplicaSet",
      "apps/StatefulSet", "apps/DaemonSet", "/ReplicationController");

  private LongRunningPods() {}

  static List<PodTemplate> of(RuleContext ctx) {
    return ctx.manifests().podTemplates().stream().filter(LongRunningPods::isLongRunning)
        .toList();
  }

  static boolean isLongRunning(PodTemplate t) {
    String kind = t.owner().group() + "/" + t.owner().kind();
    if (SERVING.contains(kind)) {
      return true;
    }
    return (kind.equals("/Pod") || kind.equals("/PodTemplate"))
        && t.spec().text("restartPolicy").orElse("Always").equals("Always");
  }
}
