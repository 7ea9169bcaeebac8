package io.github.kubecheck.rules.references;

import io.github.kubecheck.model.Resource;
import io.github.kubecheck.references.BindingReferences;
import io.github.kubecheck.references.Reference;
import io.github.kubecheck.references.ReferenceIndex;
import io.github.kubecheck.references.References;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.Optional;

/** A binding whose role is nowhere. */
@RuleInfo(id = "binding-role-missing", category = Category.REFERENCES,
    severity = Severity.WARNING,
    summary = "A RoleBinding or ClusterRoleBinding's roleRef names a Role or ClusterRole that is "
        + "neither in the input nor in the cluster.",
    rationale = "The API server accepts a binding to a role that does not exist, and the "
        + "binding grants nothing until a role of that name appears, which then takes effect "
        + "at once, whatever it allows. A RoleBinding's Role is looked up in the binding's "
        + "namespace; a RoleBinding may name a ClusterRole, which is cluster-wide.",
    remediation = "Create the role, or correct roleRef (kind and name); roleRef cannot be "
        + "changed later, so delete and recreate the binding to change it." + Texts.EXTERNAL)
public final class BindingRoleMissing implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ReferenceIndex index = ctx.analysis(References.INSTANCE);
    for (Resource r : BindingReferences.in(ctx.manifests())) {
      Optional<Reference> role = BindingReferences.role(r);
      if (role.isPresent() && !index.resolves(role.get().target())) {
        ctx.report(r, role.get().at(), r.describe() + " binds "
            + Texts.missing(role.get().target()) + "; it grants nothing until a role of that "
            + "name is made.");
      }
    }
  }
}
