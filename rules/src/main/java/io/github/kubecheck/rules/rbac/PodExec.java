package io.github.kubecheck.rules.rbac;

import io.github.kubecheck.rbac.Request.ResourceRequest;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.List;

/** {@code create} on pods/exec, pods/attach or pods/portforward. */
@RuleInfo(id = "rbac-pod-exec", category = Category.RBAC, severity = Severity.WARNING,
    summary = "A rule allows create on pods/exec, pods/attach or pods/portforward.",
    rationale = "Exec and attach run commands in, and port-forward connects to, running "
        + "containers: the holder reads whatever the container holds (mounted secrets, "
        + "service account tokens, data) and acts with its identity, past every NetworkPolicy. "
        + "Since Kubernetes 1.31 create is needed for these over WebSockets too, so get alone "
        + "no longer suffices.",
    remediation = "Grant exec, attach and port-forward only to the people who debug the "
        + "workloads, in their namespace, ideally through a short-lived binding; give "
        + "automation pods/log or the workload's own API instead.")
public final class PodExec implements Rule {

  private static final List<ResourceRequest> REQUESTS = List.of(
      ResourceRequest.of("create", "", "pods", "exec", "", ""),
      ResourceRequest.of("create", "", "pods", "attach", "", ""),
      ResourceRequest.of("create", "", "pods", "portforward", "", ""));

  @Override
  public void check(RuleContext ctx) {
    if (!RoleRules.inputHasRbac(ctx)) {
      return;
    }
    RoleRules.reportResourceMatches(ctx, REQUESTS,
        "so its holders can run commands in or connect to running containers");
  }
}
