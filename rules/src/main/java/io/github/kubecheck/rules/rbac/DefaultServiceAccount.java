package io.github.kubecheck.rules.rbac;

import io.github.kubecheck.rbac.Authorizer;
import io.github.kubecheck.rbac.Binding;
import io.github.kubecheck.rbac.Rbac;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Permissions granted to a namespace's default service account. */
@RuleInfo(id = "rbac-default-service-account", category = Category.RBAC,
    severity = Severity.WARNING,
    summary = "A binding grants a role to the default ServiceAccount of a namespace.",
    rationale = "Every pod that names no service account runs as default, and its token is "
        + "mounted unless automounting is turned off: whatever default may do, every such pod "
        + "(and whoever compromises one) may do too.",
    remediation = "Create a ServiceAccount for the workload that needs the permissions, bind the "
        + "role to it and set serviceAccountName in that workload; leave default without "
        + "bindings.")
public final class DefaultServiceAccount implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!RoleRules.inputHasRbac(ctx)) {
      return;
    }
    Authorizer a = ctx.analysis(Rbac.INSTANCE);
    for (Binding b : a.bindings()) {
      if (!b.input()) {
        continue;
      }
      for (Binding.BoundSubject s : b.subjects()) {
        s.subject().filter(x -> x.isServiceAccount() && x.name().equals("default"))
            .ifPresent(x -> ctx.report(b.resource(), b.locateSubject(s.index()),
                b.describe() + " grants " + b.roleRefKind() + " " + b.roleRefName()
                    + " to the default ServiceAccount of namespace " + x.namespace()
                    + ", which every pod there runs as unless it names another"));
      }
    }
  }
}
