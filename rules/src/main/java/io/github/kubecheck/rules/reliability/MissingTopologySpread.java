package io.github.kubecheck.rules.reliability;

import io.github.kubecheck.model.LabelSelector;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.RuleParam;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.yaml.MappingNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Replicated workloads that do not ask to be spread over nodes or zones. */
@RuleInfo(id = "missing-topology-spread", category = Category.RELIABILITY,
    severity = Severity.WARNING,
    summary = "A workload with several replicas has neither topologySpreadConstraints nor pod "
        + "anti-affinity that selects its own pods.",
    rationale = "Replicas protect against a node or zone failing only if they run on different "
        + "ones. kube-scheduler's built-in spreading (PodTopologySpread's system defaults) only "
        + "prefers spreading, with a skew of 3 per node and 5 per zone, and gives way to every "
        + "other score, so all replicas may still land on one node. A topology spread "
        + "constraint or a pod anti-affinity term counts when its labelSelector matches the "
        + "pod template's own labels (and, for anti-affinity, its namespaces include the pod's "
        + "own); one that selects other pods spreads nothing. With an autoscaler the most "
        + "replicas it may run counts.",
    remediation = "Add a topologySpreadConstraints entry over topology.kubernetes.io/zone "
        + "(and kubernetes.io/hostname) whose labelSelector matches the pod labels, or a "
        + "preferred podAntiAffinity term on kubernetes.io/hostname selecting them.",
    params = @RuleParam(name = "minReplicas", defaultValue = "2",
        description = "The replica count from which spreading is expected."))
public final class MissingTopologySpread implements Rule {

  @Override
  public void check(RuleContext ctx) {
    long min = ctx.longParam("minReplicas");
    for (ReplicatedWorkloads w : ReplicatedWorkloads.of(ctx)) {
      PodTemplate t = w.template();
      Map<String, String> nsLabels = new HashMap<>(ctx.facts().cluster()
          .find("", "Namespace", "", t.namespace()).map(Resource::labels).orElse(Map.of()));
      // The API server labels every namespace with its name.
      nsLabels.put("kubernetes.io/metadata.name", t.namespace());
      if (w.replicas().max() >= min && !spreads(t, nsLabels)) {
        ctx.report(w.workload(), w.replicasKey(), w.workload().describe() + " "
            + w.describeCount() + " but no topology spread constraint or pod anti-affinity "
            + "selects its pods, so they may all run on one node; add a "
            + "topologySpreadConstraints entry that selects them");
      }
    }
  }

  static boolean spreads(PodTemplate t, Map<String, String> namespaceLabels) {
    MappingNode spec = t.spec();
    boolean spread = spec.sequence("topologySpreadConstraints").map(s -> s.mappings()
        .anyMatch(c -> selectsOwn(t, c.mapping("labelSelector")))).orElse(false);
    if (spread) {
      return true;
    }
    Optional<MappingNode> anti = spec.mapping("affinity")
        .flatMap(a -> a.mapping("podAntiAffinity"));
    Stream<MappingNode> required = anti.flatMap(a -> a.sequence(
        "requiredDuringSchedulingIgnoredDuringExecution")).stream().flatMap(s -> s.mappings());
    Stream<MappingNode> preferred = anti.flatMap(a -> a.sequence(
        "preferredDuringSchedulingIgnoredDuringExecution")).stream().flatMap(s -> s.mappings())
        .flatMap(p -> p.mapping("podAffinityTerm").stream());
    return Stream.concat(required, preferred).anyMatch(term -> appliesToOwnNamespace(t, term,
        namespaceLabels) && selectsOwn(t, term.mapping("labelSelector")));
  }

  /** A missing labelSelector selects no pods, for spread constraints and affinity terms alike. */
  private static boolean selectsOwn(PodTemplate t, Optional<MappingNode> selector) {
    return selector.map(LabelSelector::of).map(s -> s.matches(t.labels())).orElse(false);
  }

  /**
   * An affinity term looks in the pod's own namespace when it names neither namespaces nor a
   * namespaceSelector; else in the namespaces listed and those the selector matches ({@code {}}
   * matches every namespace).
   */
  private static boolean appliesToOwnNamespace(PodTemplate t, MappingNode term,
      Map<String, String> namespaceLabels) {
    List<String> namespaces = term.sequence("namespaces").map(s -> s.texts()).orElse(List.of());
    Optional<MappingNode> selector = term.mapping("namespaceSelector");
    if (namespaces.isEmpty() && selector.isEmpty()) {
      return true;
    }
    return namespaces.contains(t.namespace())
        || selector.map(LabelSelector::of).map(s -> s.matches(namespaceLabels)).orElse(false);
  }
}
