package io.github.kubecheck.rules.reliability;

import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.model.Replicas;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.model.Workloads;
import io.github.kubecheck.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The replicated workloads of the input (Deployments, ReplicaSets, StatefulSets,
 * ReplicationControllers) with their replica counts, autoscalers of the input and the cluster
 * file included.
 */
record ReplicatedWorkloads(PodTemplate template, Replicas replicas) {

  static List<ReplicatedWorkloads> of(RuleContext ctx) {
    List<Resource> autoscalers = ctx.facts().cluster().ofKind("HorizontalPodAutoscaler");
    List<ReplicatedWorkloads> out = new ArrayList<>();
    for (Resource r : ctx.manifests().resources()) {
      Replicas.of(r, autoscalers).ifPresent(n -> Workloads.podTemplate(r)
          .ifPresent(t -> out.add(new ReplicatedWorkloads(t, n))));
    }
    return out;
  }

  Resource workload() {
    return replicas.workload();
  }

  /** spec.replicas when written, else the spec: where a finding about the count points. */
  Location replicasKey() {
    return workload().locate("spec.replicas");
  }

  /** "runs 3 replicas" or "runs 1 to 6 replicas (HorizontalPodAutoscaler shop/web)". */
  String describeCount() {
    String n = replicas.min() == replicas.max() ? String.valueOf(replicas.max())
        : replicas.min() + " to " + replicas.max();
    return "runs " + n + (replicas.max() == 1 ? " replica" : " replicas")
        + replicas.autoscaler().map(h -> " (" + h.resource().describe() + ")").orElse("");
  }
}
