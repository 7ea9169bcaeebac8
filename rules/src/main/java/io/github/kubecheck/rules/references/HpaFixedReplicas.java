package io.github.kubecheck.rules.references;

import io.github.kubecheck.model.HorizontalPodAutoscaler;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.references.ReferenceIndex;
import io.github.kubecheck.references.References;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** A workload that both sets its replicas and is scaled by an autoscaler. */
@RuleInfo(id = "hpa-fixed-replicas", category = Category.REFERENCES, severity = Severity.INFO,
    summary = "A workload in the input sets spec.replicas while a HorizontalPodAutoscaler "
        + "scales it.",
    rationale = "Each apply of the manifest sets the replica count back to the written value, "
        + "undoing the autoscaler's work until it scales again; when the written value is below "
        + "what the load needs, every deploy briefly drops capacity. This is info: it is "
        + "harmless when the value is the autoscaler's minimum or the tool applying the "
        + "manifests ignores the field.",
    remediation = "Remove spec.replicas from the workload and let the autoscaler's minReplicas "
        + "set the floor.")
public final class HpaFixedReplicas implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ReferenceIndex index = ctx.analysis(References.INSTANCE);
    Set<Resource> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (HorizontalPodAutoscaler hpa : Inputs.autoscalers(ctx)) {
      Resource r = hpa.resource();
      index.scaleTarget(hpa)
          .filter(t -> index.isInput(t) && t.spec().has("replicas"))
          .filter(reported::add)
          .ifPresent(t -> ctx.report(t, t.locate("spec.replicas"), t.describe() + " sets "
              + "spec.replicas while " + r.describe() + " scales it; every apply resets the "
              + "replica count the autoscaler chose."));
    }
  }
}
