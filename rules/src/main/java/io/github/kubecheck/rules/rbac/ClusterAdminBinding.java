package io.github.kubecheck.rules.rbac;

import io.github.kubecheck.rbac.Authorizer;
import io.github.kubecheck.rbac.Binding;
import io.github.kubecheck.rbac.Rbac;
import io.github.kubecheck.rbac.Role;
import io.github.kubecheck.rbac.Subject;
import io.github.kubecheck.rbac.UserInfo;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.Optional;

/** cluster-admin, or any role with every verb on every resource, bound to the wrong subject. */
@RuleInfo(id = "rbac-cluster-admin-binding", category = Category.RBAC, severity = Severity.ERROR,
    summary = "cluster-admin, or a role with \"*\" verbs on \"*\" resources, is bound to a "
        + "service account, to everyone, or to a user or group outside system:.",
    rationale = "Full administrators can do anything, including reading every secret and "
        + "granting themselves anything else. A service account's token sits in every pod that "
        + "runs as it, so anyone who can exec into or create such a pod becomes administrator; "
        + "system:authenticated and system:unauthenticated are everyone; a personal account "
        + "with standing administrator rights is the first thing an attacker looks for.",
    remediation = "Bind a role with just the permissions needed (admin or edit in a namespace "
        + "for people, a purpose-made role for workloads); keep full administrators to the "
        + "system:masters group or break-glass accounts.")
public final class ClusterAdminBinding implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!RoleRules.inputHasRbac(ctx)) {
      return;
    }
    Authorizer a = ctx.analysis(Rbac.INSTANCE);
    for (Binding b : a.bindings()) {
      if (!b.input() || !fullAdmin(a, b)) {
        continue;
      }
      String scope = b.isClusterBinding() ? "in every namespace and cluster-wide"
          : "in namespace " + b.namespace();
      String role = a.roleOf(b).map(Role::describe)
          .orElse(b.roleRefKind() + " " + b.roleRefName());
      for (Binding.BoundSubject s : b.subjects()) {
        Optional<String> why = s.subject().flatMap(ClusterAdminBinding::why);
        why.ifPresent(w -> ctx.report(b.resource(), b.locateSubject(s.index()),
            b.describe() + " gives " + s.subject().get().describe() + " " + role
                + " (every verb on every resource) " + scope + ": " + w));
      }
    }
  }

  private static boolean fullAdmin(Authorizer a, Binding b) {
    if (b.roleRefKind().equals("ClusterRole") && b.roleRefName().equals("cluster-admin")) {
      return true;
    }
    Optional<Role> role = a.roleOf(b);
    return role.isPresent() && RoleRules.grantsEverything(a, role.get());
  }

  private static Optional<String> why(Subject s) {
    if (s.isServiceAccount()) {
      return Optional.of("a service account's token is in every pod that runs as it");
    }
    String n = s.name();
    if (n.equals(UserInfo.AUTHENTICATED) || n.equals(UserInfo.UNAUTHENTICATED)
        || n.equals(UserInfo.ANONYMOUS)) {
      return Optional.of("that is everyone who can reach the API server"
          + (n.equals(UserInfo.AUTHENTICATED) ? " with any credential" : ""));
    }
    if (s.kind().equals(Subject.GROUP) && (n.equals(UserInfo.SERVICE_ACCOUNTS)
        || n.startsWith(UserInfo.SERVICE_ACCOUNTS + ":"))) {
      return Optional.of("that is every service account" + (n.contains(":")
          ? " of a namespace" : "") + ", whose tokens are in their pods");
    }
    if (!n.startsWith("system:")) {
      return Optional.of("standing administrator rights for a personal or team identity");
    }
    return Optional.empty();
  }
}
