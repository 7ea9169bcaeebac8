package io.github.kubecheck.rules.rbac;

import io.github.kubecheck.rbac.PolicyRule;
import io.github.kubecheck.rbac.Role;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.List;

/** A {@code *} among the verbs, API groups or resources of a role's rule. */
@RuleInfo(id = "rbac-wildcard", category = Category.RBAC, severity = Severity.WARNING,
    summary = "A rule of a Role or ClusterRole grants every verb, every API group or every "
        + "resource with \"*\".",
    rationale = "A wildcard grants more than anyone reviewed: every resource includes secrets and "
        + "roles, every verb includes escalate, bind and impersonate, every group includes the "
        + "custom resources installed later, and each new Kubernetes release adds to all three.",
    remediation = "List the verbs, API groups and resources the holder needs instead of \"*\".")
public final class Wildcard implements Rule {

  private static final List<String[]> FIELDS = List.of(
      new String[] {"verbs", "every verb", ", escalate, bind and impersonate included"},
      new String[] {"apiGroups", "every API group", ", those of custom resources included"},
      new String[] {"resources", "every resource of its API groups", ", secrets included"});

  @Override
  public void check(RuleContext ctx) {
    if (!RoleRules.inputHasRbac(ctx)) {
      return;
    }
    for (Role role : RoleRules.inputRoles(ctx)) {
      for (int i = 0; i < role.rules().size(); i++) {
        PolicyRule rule = role.rules().get(i);
        for (String[] f : FIELDS) {
          List<String> values = switch (f[0]) {
            case "verbs" -> rule.verbs();
            case "apiGroups" -> rule.apiGroups();
            default -> rule.resources();
          };
          if (values.contains(PolicyRule.ALL)) {
            ctx.report(role.resource(), RoleRules.item(role, i, f[0], PolicyRule.ALL::equals),
                RoleRules.where(role, i) + " grants " + f[1] + " (\"*\" in " + f[0] + ")" + f[2]);
          }
        }
      }
    }
  }
}
