package io.github.kubecheck.rules.resources;

import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.RuleParam;
import io.github.kubecheck.rule.Severity;
import java.util.List;

/** Containers that reserve no CPU or memory. */
@RuleInfo(id = "missing-resource-requests", category = Category.RESOURCES,
    severity = Severity.WARNING,
    summary = "A container has no CPU or memory request, after the API's and LimitRange "
        + "defaults.",
    rationale = "The scheduler places pods by their requests only: a container that requests "
        + "nothing is placed as if it used nothing, so nodes fill beyond what they can give, "
        + "and under memory pressure the kubelet evicts pods whose usage exceeds their "
        + "requests first (a pod with no requests at all is BestEffort, evicted before any "
        + "other). A request counts as the cluster will apply it: a limit without a request "
        + "becomes the request, and a LimitRange of the namespace (in the input or the cluster "
        + "file) fills in its defaults. Init and sidecar containers count: they reserve "
        + "resources too. Ephemeral containers cannot have resources.",
    remediation = "Set resources.requests.cpu and resources.requests.memory to what the "
        + "container needs in normal operation (from metrics), or give the namespace a "
        + "LimitRange with defaultRequest.",
    params = @RuleParam(name = "resources", defaultValue = "cpu,memory",
        description = "The resources every container must request."))
public final class MissingResourceRequests implements Rule {

  @Override
  public void check(RuleContext ctx) {
    List<String> wanted = ctx.listParam("resources");
    ContainerRequirements.each(ctx, (c, r) -> {
      List<String> missing = wanted.stream().filter(k -> !r.requests().containsKey(k)).toList();
      if (!missing.isEmpty()) {
        ctx.report(c.pod().owner(), c.locate("resources.requests"), c.describe()
            + " requests no " + String.join(" or ", missing) + ", so the scheduler places it "
            + "as if it used none; set resources.requests." + String.join(" and "
            + "resources.requests.", missing));
      }
    });
  }
}
