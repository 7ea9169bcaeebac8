package io.github.kubecheck.rules.rbac;

import io.github.kubecheck.model.Location;
import io.github.kubecheck.rbac.PolicyRule;
import io.github.kubecheck.rbac.Request.ResourceRequest;
import io.github.kubecheck.rbac.Role;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.List;

/** The verbs that bypass RBAC's own escalation checks: escalate, bind and impersonate. */
@RuleInfo(id = "rbac-escalate-bind-impersonate", category = Category.RBAC,
    severity = Severity.WARNING,
    summary = "A rule names the escalate or bind verb for roles, or impersonate for users, "
        + "groups, service accounts or their attributes.",
    rationale = "The API server refuses to let anyone create or bind a role with permissions they "
        + "do not hold, unless they have escalate (write any rule into a role) or bind (bind any "
        + "role); impersonate lets them act as another identity outright. Each one turns the "
        + "holder into whoever is most privileged.",
    remediation = "Remove escalate, bind and impersonate from roles people and workloads hold; "
        + "where a controller needs bind, limit it with resourceNames to the roles it hands out.")
public final class EscalateBindImpersonate implements Rule {

  private static final List<ResourceRequest> REQUESTS = List.of(
      request("escalate", "rbac.authorization.k8s.io", "roles"),
      request("escalate", "rbac.authorization.k8s.io", "clusterroles"),
      request("bind", "rbac.authorization.k8s.io", "roles"),
      request("bind", "rbac.authorization.k8s.io", "clusterroles"),
      request("impersonate", "", "users"),
      request("impersonate", "", "groups"),
      request("impersonate", "", "serviceaccounts"),
      request("impersonate", "authentication.k8s.io", "userextras"),
      request("impersonate", "authentication.k8s.io", "uids"));

  private static ResourceRequest request(String verb, String group, String resource) {
    return ResourceRequest.of(verb, group, resource, "", "", "");
  }

  @Override
  public void check(RuleContext ctx) {
    if (!RoleRules.inputHasRbac(ctx)) {
      return;
    }
    for (Role role : RoleRules.inputRoles(ctx)) {
      for (int i = 0; i < role.rules().size(); i++) {
        PolicyRule rule = role.rules().get(i);
        // A bare "*" verb is rbac-wildcard's to report.
        List<ResourceRequest> matched = REQUESTS.stream()
            .filter(q -> RoleRules.allowsSome(rule, q) && rule.verbs().contains(q.verb()))
            .toList();
        if (matched.isEmpty()) {
          continue;
        }
        java.util.Set<String> verbs = new java.util.HashSet<>();
        matched.forEach(q -> verbs.add(q.verb()));
        Location at = RoleRules.item(role, i, "verbs", verbs::contains);
        boolean impersonates = verbs.contains("impersonate");
        boolean binds = verbs.contains("bind") || verbs.contains("escalate");
        String effect = (binds ? "grant themselves permissions they do not hold" : "")
            + (binds && impersonates ? " and " : "")
            + (impersonates ? "act as another identity" : "");
        ctx.report(role.resource(), at, RoleRules.where(role, i) + " allows "
            + RoleRules.describe(matched) + RoleRules.names(rule) + ", so its holders can "
            + effect);
      }
    }
  }
}
