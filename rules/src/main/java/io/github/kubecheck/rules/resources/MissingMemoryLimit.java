package io.github.kubecheck.rules.resources;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Containers whose memory use nothing bounds. */
@RuleInfo(id = "missing-memory-limit", category = Category.RESOURCES,
    severity = Severity.WARNING,
    summary = "A container has no memory limit, after LimitRange defaults.",
    rationale = "Memory cannot be throttled: a container without a limit can grow until the "
        + "node runs out, and then the kernel's OOM killer or the kubelet's eviction picks "
        + "victims among all pods of the node, not only the one that leaked. With a limit the "
        + "leaking container alone is killed and restarted. A default limit from a LimitRange "
        + "of the namespace (in the input or the cluster file) counts. Init and sidecar "
        + "containers count; ephemeral containers cannot have resources.",
    remediation = "Set resources.limits.memory (usually equal to, or a little above, the "
        + "memory request), or give the namespace a LimitRange with a default memory limit.")
public final class MissingMemoryLimit implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ContainerRequirements.each(ctx, (c, r) -> {
      if (!r.limits().containsKey("memory")) {
        ctx.report(c.pod().owner(), c.locate("resources.limits"), c.describe() + " has no "
            + "memory limit, so a leak can exhaust the node and get other pods killed; set "
            + "resources.limits.memory");
      }
    });
  }
}
