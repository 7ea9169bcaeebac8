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

/** An Ingress backend naming a Service that is nowhere. */
@RuleInfo(id = "ingress-service-missing", category = Category.REFERENCES,
    severity = Severity.ERROR,
    summary = "An Ingress rule or default backend sends traffic to a Service that is not in the "
        + "Ingress's namespace, in the input or the cluster.",
    rationale = "An Ingress can only reach Services of its own namespace; when the backend "
        + "Service is missing the controller answers those requests with an error (503 for "
        + "ingress-nginx). Resource backends name other objects and are not checked here.",
    remediation = "Create the Service in the Ingress's namespace or correct the backend's "
        + "service name." + Texts.EXTERNAL)
public final class IngressServiceMissing implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ReferenceIndex index = ctx.analysis(References.INSTANCE);
    for (Ingress ingress : Inputs.ingresses(ctx)) {
      Resource r = ingress.resource();
      for (Ingress.Backend b : ingress.backends()) {
        Target t = Target.core("Service", r.effectiveNamespace(), b.service());
        if (!index.resolves(t)) {
          ctx.report(r, ingress.locate(b, b.nameField()), r.describe() + " routes to "
              + Texts.missing(t) + "; requests for it would fail.");
        }
      }
    }
  }
}
