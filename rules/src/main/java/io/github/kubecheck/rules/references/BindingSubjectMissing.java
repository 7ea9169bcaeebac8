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

/** A binding that grants to a ServiceAccount that is nowhere. */
@RuleInfo(id = "binding-subject-missing", category = Category.REFERENCES,
    severity = Severity.WARNING,
    summary = "A RoleBinding or ClusterRoleBinding names a ServiceAccount subject that is "
        + "neither in the input nor in the cluster (a subject without namespace is in the "
        + "RoleBinding's namespace).",
    rationale = "The grant reaches nobody today, usually because of a misspelt name or a wrong "
        + "namespace, and whoever later creates a ServiceAccount of that name gets the rights. "
        + "Users and groups are not objects, so they are not checked; every namespace has a "
        + "`default` ServiceAccount.",
    remediation = "Correct the subject's name or namespace, create the ServiceAccount, or remove "
        + "the subject." + Texts.EXTERNAL)
public final class BindingSubjectMissing implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ReferenceIndex index = ctx.analysis(References.INSTANCE);
    for (Resource r : BindingReferences.in(ctx.manifests())) {
      for (Reference s : BindingReferences.serviceAccounts(r)) {
        if (!index.resolves(s.target())) {
          ctx.report(r, s.at(), r.describe() + " grants to " + Texts.missing(s.target())
              + "; the grant reaches nobody until one of that name is made.");
        }
      }
    }
  }
}
