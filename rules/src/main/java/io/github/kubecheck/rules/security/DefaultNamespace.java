package io.github.kubecheck.rules.security;

import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.RuleParam;
import io.github.kubecheck.rule.Severity;

/** Namespaced objects that land in the default namespace. */
@RuleInfo(id = "default-namespace", category = Category.SECURITY, severity = Severity.WARNING,
    summary = "A namespaced object is in the default namespace, named or by leaving "
        + "metadata.namespace out.",
    rationale = "Namespaces are where Kubernetes draws its lines: RBAC roles, network policies, "
        + "resource quotas, limit ranges and Pod Security labels apply per namespace. The "
        + "default namespace is shared by everything that names none, usually has no such "
        + "rules, and cannot be deleted to clean up. kubecheck reads an object without a "
        + "namespace as kubectl applies it without -n: in default. Manifests meant to be "
        + "applied with -n or through kustomize's namespace field can turn that part off with "
        + "includeOmitted: false.",
    remediation = "Create a Namespace for the application and set metadata.namespace on each of "
        + "its objects (or kustomize's namespace field).",
    params = @RuleParam(name = "includeOmitted", defaultValue = "true",
        description = "Also report objects that set no namespace (they land in default)."))
public final class DefaultNamespace implements Rule {

  @Override
  public void check(RuleContext ctx) {
    boolean omitted = ctx.boolParam("includeOmitted");
    for (Resource r : ctx.manifests().resources()) {
      if (r.clusterScoped() || r.kind().isEmpty() || !r.effectiveNamespace().equals("default")) {
        continue;
      }
      if (!r.namespace().isEmpty()) {
        ctx.report(r, r.locate("metadata.namespace"), r.describe() + " is in the default "
            + "namespace; put it in the application's own namespace");
      } else if (omitted) {
        ctx.report(r, r.locate("metadata"), r.kind() + " \"" + r.name() + "\" sets no "
            + "namespace, so it lands in default unless applied with -n; set "
            + "metadata.namespace to the application's namespace");
      }
    }
  }
}
