package io.github.kubecheck.rules.rbac;

import io.github.kubecheck.rbac.Request.ResourceRequest;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.List;

/** Any access to nodes/proxy: the kubelet's API. */
@RuleInfo(id = "rbac-nodes-proxy", category = Category.RBAC, severity = Severity.WARNING,
    summary = "A rule allows a verb on nodes/proxy.",
    rationale = "nodes/proxy reaches the kubelet API of every node through the API server: it "
        + "lists, reads logs of and executes commands in every pod on the node, and such calls "
        + "bypass the audit of pods/exec and admission control.",
    remediation = "Grant nodes/proxy only to cluster monitoring that needs it; use nodes/metrics "
        + "or nodes/stats for metrics and pods/log for logs.")
public final class NodesProxy implements Rule {

  private static final List<ResourceRequest> REQUESTS = List.of("get", "create", "update",
      "patch", "delete").stream()
      .map(v -> ResourceRequest.of(v, "", "nodes", "proxy", "", "")).toList();

  @Override
  public void check(RuleContext ctx) {
    if (!RoleRules.inputHasRbac(ctx)) {
      return;
    }
    RoleRules.reportResourceMatches(ctx, REQUESTS,
        "so its holders reach the kubelet API of every node and every pod on it");
  }
}
