package io.github.kubecheck.rules.resources;

import io.github.kubecheck.model.ContainerResources;
import io.github.kubecheck.model.Quantity;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.RuleParam;
import io.github.kubecheck.rule.Severity;
import java.util.Optional;

/** Containers whose CPU is capped. */
@RuleInfo(id = "cpu-limit", category = Category.RESOURCES, severity = Severity.WARNING,
    enabledByDefault = false,
    summary = "A container sets a CPU limit.",
    rationale = "A CPU limit is enforced by the kernel's CFS quota: once the container has "
        + "used its share of a 100 ms period it is paused until the next one, even when the "
        + "node's CPUs are idle. Latency-sensitive services see slow requests and failing "
        + "probes under bursts. CPU requests already divide CPU fairly under contention, so "
        + "many teams set requests and no CPU limits. Others need limits (for predictable "
        + "benchmarks, or billing), so this rule is off by default. A limit equal to the "
        + "request is allowed by default: it is how a pod gets the Guaranteed QoS class that "
        + "exclusive CPUs with the static CPU manager policy require. Only the container's own "
        + "limit counts: a LimitRange default is the namespace's choice.",
    remediation = "Remove resources.limits.cpu and keep a CPU request that reflects normal "
        + "use; or set the limit equal to the request if the pod must be Guaranteed.",
    params = @RuleParam(name = "allowEqualToRequest", defaultValue = "true",
        description = "Do not report a CPU limit equal to the CPU request (Guaranteed QoS)."))
public final class CpuLimit implements Rule {

  @Override
  public void check(RuleContext ctx) {
    boolean allowEqual = ctx.boolParam("allowEqualToRequest");
    ContainerRequirements.each(ctx, (c, effective) -> {
      ContainerResources own = ContainerResources.declared(c);
      Optional<String> limit = Optional.ofNullable(own.limits().get("cpu"));
      if (limit.isEmpty()) {
        return;
      }
      Optional<Quantity> l = Quantity.parse(limit.get());
      Optional<Quantity> r = Optional.ofNullable(effective.requests().get("cpu"))
          .flatMap(Quantity::parse);
      if (allowEqual && l.isPresent() && l.equals(r)) {
        return;
      }
      ctx.report(c.pod().owner(), c.locate("resources.limits.cpu"), c.describe() + " limits "
          + "its CPU to " + limit.get() + ", so it is throttled in bursts even on an idle "
          + "node; remove the limit" + (allowEqual ? " or set it equal to the CPU request" : ""));
    });
  }
}
