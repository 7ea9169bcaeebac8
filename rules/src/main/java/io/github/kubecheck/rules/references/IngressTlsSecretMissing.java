package io.github.kubecheck.rules.references;

import io.github.kubecheck.model.Ingress;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.references.ReferenceIndex;
import io.github.kubecheck.references.References;
import io.github.kubecheck.references.Target;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** An Ingress TLS entry naming a Secret that is nowhere. */
@RuleInfo(id = "ingress-tls-secret-missing", category = Category.REFERENCES,
    severity = Severity.WARNING,
    summary = "An Ingress's tls[].secretName names a Secret that is not in its namespace, in "
        + "the input or the cluster, and that nothing promises to make.",
    rationale = "Without the Secret the controller serves those hosts with its fallback "
        + "certificate, which clients reject. TLS secrets are often made by cert-manager: a "
        + "Certificate with that spec.secretName, or the Ingress's own cert-manager.io/issuer or "
        + "cert-manager.io/cluster-issuer annotation, counts as making it.",
    remediation = "Create the kubernetes.io/tls Secret in the Ingress's namespace, correct the "
        + "name, or have cert-manager issue it." + Texts.EXTERNAL)
public final class IngressTlsSecretMissing implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ReferenceIndex index = ctx.analysis(References.INSTANCE);
    for (Ingress ingress : Inputs.ingresses(ctx)) {
      Resource r = ingress.resource();
      for (Ingress.Tls tls : ingress.tls()) {
        Target t = Target.core("Secret", r.effectiveNamespace(), tls.secretName());
        if (!index.resolves(t)) {
          ctx.report(r, r.locate(tls.path()), r.describe() + ": TLS names "
              + Texts.missing(t) + "; its hosts would be served with the controller's "
              + "fallback certificate.");
        }
      }
    }
  }
}
