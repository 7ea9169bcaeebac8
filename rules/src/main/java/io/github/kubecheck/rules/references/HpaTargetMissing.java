package io.github.kubecheck.rules.references;

import io.github.kubecheck.model.HorizontalPodAutoscaler;
import io.github.kubecheck.model.HorizontalPodAutoscaler.ScaleTarget;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.references.ReferenceIndex;
import io.github.kubecheck.references.References;
import io.github.kubecheck.references.Target;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.Optional;
import java.util.Set;

/** An autoscaler whose target is nowhere, or cannot be scaled. */
@RuleInfo(id = "hpa-target-missing", category = Category.REFERENCES, severity = Severity.ERROR,
    summary = "A HorizontalPodAutoscaler's scaleTargetRef names an object that is not in its "
        + "namespace, in the input or the cluster, or a built-in kind that has no scale "
        + "subresource (a DaemonSet, a Job).",
    rationale = "The autoscaler reads and writes its target's scale subresource in its own "
        + "namespace; without the target it reports FailedGetScale and never scales anything. "
        + "Deployments, ReplicaSets, StatefulSets and ReplicationControllers can be scaled; "
        + "custom resources with a scale subresource are accepted when present.",
    remediation = "Point scaleTargetRef (apiVersion, kind, name) at the workload in the same "
        + "namespace, or create it." + Texts.EXTERNAL)
public final class HpaTargetMissing implements Rule {

  private static final Set<String> SCALABLE = Set.of("apps/Deployment", "apps/ReplicaSet",
      "apps/StatefulSet", "/ReplicationController");
  private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "batch", "policy",
      "autoscaling", "networking.k8s.io", "rbac.authorization.k8s.io", "storage.k8s.io");

  @Override
  public void check(RuleContext ctx) {
    ReferenceIndex index = ctx.analysis(References.INSTANCE);
    for (HorizontalPodAutoscaler hpa : Inputs.autoscalers(ctx)) {
      Resource r = hpa.resource();
      if (hpa.target().isEmpty()) {
        continue;
      }
      ScaleTarget ref = hpa.target().get();
      Target t = new Target(ref.group(), ref.kind(), r.effectiveNamespace(), ref.name());
      Optional<Resource> target = index.scaleTarget(hpa);
      if (target.isPresent()) {
        Resource found = target.get();
        String key = found.group() + "/" + found.kind();
        if (BUILT_IN_GROUPS.contains(found.group()) && !SCALABLE.contains(key)) {
          ctx.report(r, r.locate("spec.scaleTargetRef.kind"), r.describe() + " scales "
              + found.describe() + ", which has no scale subresource; the autoscaler cannot "
              + "scale it.");
        }
      } else if (!index.isExternal(t)) {
        ctx.report(r, r.locate("spec.scaleTargetRef.name"), r.describe() + " scales "
            + Texts.missing(t) + "; the autoscaler would never scale anything.");
      }
    }
  }
}
