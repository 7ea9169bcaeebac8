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

/** An Ingress whose class is nowhere, or that has no class and no default to fall back on. */
@RuleInfo(id = "ingress-class-missing", category = Category.REFERENCES,
    severity = Severity.WARNING,
    summary = "An Ingress names an IngressClass (spec.ingressClassName) that is neither in the "
        + "input nor in the cluster, or names no class while no IngressClass is marked default.",
    rationale = "Controllers serve the Ingresses of their own class: one whose class does not "
        + "exist is served by none. Without ingressClassName the DefaultIngressClass admission "
        + "plugin fills in the IngressClass annotated ingressclass.kubernetes.io/is-default-class: "
        + "\"true\"; with no default, most controllers ignore the Ingress. The deprecated "
        + "kubernetes.io/ingress.class annotation is matched by controllers against their own "
        + "configured class, with no IngressClass object, so an Ingress that has it is not "
        + "checked. IngressClasses are usually installed with the controller, which is why this "
        + "is a warning.",
    remediation = "Set spec.ingressClassName to an existing IngressClass, create the "
        + "IngressClass, or mark one as the default." + Texts.EXTERNAL)
public final class IngressClassMissing implements Rule {

  private static final String GROUP = "networking.k8s.io";
  private static final String DEFAULT_CLASS = "ingressclass.kubernetes.io/is-default-class";

  @Override
  public void check(RuleContext ctx) {
    ReferenceIndex index = ctx.analysis(References.INSTANCE);
    boolean hasDefault = ctx.facts().cluster().ofKind("IngressClass").stream()
        .anyMatch(c -> c.is(GROUP, "IngressClass")
            && "true".equals(c.annotations().get(DEFAULT_CLASS)));
    for (Ingress ingress : Inputs.ingresses(ctx)) {
      Resource r = ingress.resource();
      if (ingress.className().isPresent()) {
        Target t = new Target(GROUP, "IngressClass", "", ingress.className().get());
        if (!index.resolves(t)) {
          ctx.report(r, r.locate("spec.ingressClassName"), r.describe() + " names "
              + Texts.missing(t) + "; no controller would serve it.");
        }
      } else if (ingress.classAnnotation().isEmpty() && !hasDefault
          && !index.isExternal(new Target(GROUP, "IngressClass", "", ""))) {
        ctx.report(r, r.locate("spec"), r.describe() + " names no IngressClass and none is "
            + "marked default in the input or the cluster; most controllers would not serve it.");
      }
    }
  }
}
