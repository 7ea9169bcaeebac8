package io.github.kubecheck.rules.references;

import io.github.kubecheck.KubeVersions;
import io.github.kubecheck.model.Container;
import io.github.kubecheck.model.HorizontalPodAutoscaler;
import io.github.kubecheck.model.HorizontalPodAutoscaler.UtilizationMetric;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.model.Workloads;
import io.github.kubecheck.references.ReferenceIndex;
import io.github.kubecheck.references.References;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.yaml.MappingNode;
import java.util.List;
import java.util.Optional;

/** An autoscaler on utilization of a resource the target's containers do not request. */
@RuleInfo(id = "hpa-missing-requests", category = Category.REFERENCES,
    severity = Severity.ERROR,
    summary = "A HorizontalPodAutoscaler scales on the utilization of a resource (a Resource or "
        + "ContainerResource metric with target type Utilization, v1's "
        + "targetCPUUtilizationPercentage, or the default 80% CPU) that some container of its "
        + "target does not request.",
    rationale = "Utilization is usage divided by requests. The controller sums the requests of "
        + "the app and sidecar containers (or uses the pod-level requests, from Kubernetes 1.34 "
        + "where those are on by default; a ContainerResource metric uses its one container) "
        + "and fails with \"missing request for cpu in container ...\" when one is missing: the "
        + "autoscaler then never scales. A limit without a request counts, as the API server "
        + "copies it into the request.",
    remediation = "Set resources.requests for that resource in every app and sidecar container "
        + "of the target (or pod-level resources), or scale on an AverageValue target instead "
        + "of Utilization.")
public final class HpaMissingRequests implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ReferenceIndex index = ctx.analysis(References.INSTANCE);
    boolean podLevel = KubeVersions.compare(ctx.kubeVersion(), "1.34") >= 0;
    for (HorizontalPodAutoscaler hpa : Inputs.autoscalers(ctx)) {
      Resource r = hpa.resource();
      Optional<PodTemplate> template = index.scaleTarget(hpa).flatMap(Workloads::podTemplate);
      if (template.isEmpty()) {
        continue;
      }
      for (UtilizationMetric m : hpa.utilizationMetrics()) {
        problem(template.get(), m, podLevel).ifPresent(p -> ctx.report(r, r.locate(m.path()),
            r.describe() + " scales on " + m.resourceName() + " utilization"
                + (m.implicit() ? " (the default when no metric is given)" : "") + ", but "
                + template.get().owner().describe() + " " + p + "; the autoscaler cannot "
                + "compute utilization and would not scale."));
      }
    }
  }

  private static Optional<String> problem(PodTemplate t, UtilizationMetric m, boolean podLevel) {
    List<Container> measured = t.containers().stream().filter(c -> c.kind().longRunning())
        .toList();
    if (m.container().isPresent()) {
      String name = m.container().get();
      Optional<Container> c = measured.stream().filter(x -> x.name().equals(name)).findFirst();
      if (c.isEmpty()) {
        return Optional.of("has no app or sidecar container \"" + name + "\"");
      }
      return requests(c.get().resources(), m.resourceName()) ? Optional.empty()
          : Optional.of("has " + c.get().describe() + " without a " + m.resourceName()
              + " request");
    }
    if (podLevel && requests(t.spec().mapping("resources"), m.resourceName())) {
      return Optional.empty();
    }
    List<String> lacking = measured.stream()
        .filter(c -> !requests(c.resources(), m.resourceName()))
        .map(Container::describe).toList();
    return lacking.isEmpty() ? Optional.empty() : Optional.of("has " + String.join(", ", lacking)
        + " without " + (lacking.size() == 1 ? "a " : "") + m.resourceName() + " request"
        + (lacking.size() == 1 ? "" : "s"));
  }

  /** A request for the resource, or a limit the API server copies into the request. */
  private static boolean requests(Optional<MappingNode> resources, String resource) {
    return resources.map(r -> r.mapping("requests").map(q -> q.has(resource)).orElse(false)
        || r.mapping("limits").map(q -> q.has(resource)).orElse(false)).orElse(false);
  }
}
