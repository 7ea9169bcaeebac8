package io.github.kubecheck.rules.rbac;

import io.github.kubecheck.rbac.Request.ResourceRequest;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.List;

/** Writing RoleBindings or ClusterRoleBindings. */
@RuleInfo(id = "rbac-binding-write", category = Category.RBAC, severity = Severity.WARNING,
    summary = "A rule allows create, update or patch on rolebindings or clusterrolebindings.",
    rationale = "Whoever writes bindings can hand any role they hold (or, with bind, any role at "
        + "all) to any user, group or service account, including ones they control, so access "
        + "spreads without review.",
    remediation = "Leave binding management to the namespace admin (the built-in admin role) or "
        + "to the deployment pipeline; if a controller must bind, give it the bind verb on the "
        + "specific roles with resourceNames.")
public final class BindingWrite implements Rule {

  private static final List<ResourceRequest> REQUESTS = List.of(
      request("create", "rolebindings"), request("update", "rolebindings"),
      request("patch", "rolebindings"), request("create", "clusterrolebindings"),
      request("update", "clusterrolebindings"), request("patch", "clusterrolebindings"));

  private static ResourceRequest request(String verb, String resource) {
    return ResourceRequest.of(verb, "rbac.authorization.k8s.io", resource, "", "", "");
  }

  @Override
  public void check(RuleContext ctx) {
    if (!RoleRules.inputHasRbac(ctx)) {
      return;
    }
    RoleRules.reportResourceMatches(ctx, REQUESTS,
        "so its holders can give the roles they hold to anyone");
  }
}
