package io.github.kubecheck.rules.scheduling;

import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.scheduler.Schedule;
import io.github.kubecheck.scheduler.SchedulingAnalysis;

/** A rolling update whose surge pods find no room. */
@RuleInfo(id = "rollout-no-headroom", category = Category.SCHEDULING,
    severity = Severity.WARNING,
    summary = "A Deployment's rolling update may not take pods down (maxUnavailable 0) and "
        + "no surge pod fits on the cluster, so the rollout would stall.",
    rationale = "A RollingUpdate starts up to maxSurge (default 25%, rounded up) new pods "
        + "before it removes old ones; with maxUnavailable 0 it removes an old pod only once a "
        + "new one runs. When the cluster, with every pod of the input placed, has no room for "
        + "even one more pod of the Deployment, the new pod stays Pending and the rollout "
        + "never progresses. With a maxUnavailable above 0 the rollout makes room itself, so "
        + "it is not judged.",
    remediation = "Leave headroom in the cluster, set maxSurge to 0 with a maxUnavailable of at "
        + "least 1, or use the Recreate strategy where downtime is acceptable.")
public final class RolloutNoHeadroom implements Rule {

  @Override
  public void check(RuleContext ctx) {
    Schedule s = ctx.analysis(SchedulingAnalysis.INSTANCE);
    for (Schedule.Surge surge : s.surges()) {
      if (surge.message().isEmpty()) {
        continue;
      }
      Resource d = surge.deployment();
      boolean ownFailing = s.pods().stream()
          .anyMatch(p -> p.workload() == d && s.failure(p).isPresent());
      if (ownFailing) {
        continue;
      }
      String at = d.spec().has("strategy") ? "spec.strategy" : "spec";
      ctx.report(d, d.locate(at), d.describe() + ": a rolling update (maxUnavailable 0) "
          + "could start " + Pods.count(surge.wanted(), "surge pod") + ", but not even one "
          + "fits, so it would stall: " + surge.message().get());
    }
  }
}
