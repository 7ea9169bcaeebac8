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
    summary = "A Deployment's rolling update could not place its maxSurge extra pods, so the "
        + "rollout would stall.",
    rationale = "A RollingUpdate starts up to maxSurge (default 25%, rounded up) new pods "
        + "before it removes old ones. When the cluster, with every pod of the input placed, "
        + "has no room for them, the new pods stay Pending and, with maxUnavailable 0, the "
        + "rollout never progresses.",
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
      ctx.report(d, d.locate(at), d.describe() + ": a rolling update would start "
          + Pods.count(surge.wanted(), "surge pod") + ", but they do not all fit: "
          + surge.message().get());
    }
  }
}
