package io.github.kubecheck.rules.references;

import io.github.kubecheck.model.HorizontalPodAutoscaler;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** An autoscaler whose minimum is above its maximum. */
@RuleInfo(id = "hpa-min-above-max", category = Category.REFERENCES, severity = Severity.ERROR,
    summary = "A HorizontalPodAutoscaler's minReplicas (default 1) is greater than its "
        + "maxReplicas.",
    rationale = "The API server refuses such an autoscaler (maxReplicas: must be greater than "
        + "or equal to `minReplicas`), so it is never created; a maxReplicas of 0 with the "
        + "default minimum of 1 is the usual slip.",
    remediation = "Make maxReplicas at least minReplicas.")
public final class HpaMinAboveMax implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (HorizontalPodAutoscaler hpa : Inputs.autoscalers(ctx)) {
      Resource r = hpa.resource();
      int min = hpa.effectiveMinReplicas();
      if (hpa.maxReplicas().isPresent() && hpa.maxReplicas().get() < min) {
        ctx.report(r, r.locate("spec.maxReplicas"), r.describe() + ": maxReplicas "
            + hpa.maxReplicas().get() + " is below minReplicas " + min
            + (hpa.minReplicas().isEmpty() ? " (the default)" : "")
            + "; the API server would refuse the autoscaler.");
      }
    }
  }
}
