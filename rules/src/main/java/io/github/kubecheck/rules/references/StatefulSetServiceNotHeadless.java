package io.github.kubecheck.rules.references;

import io.github.kubecheck.model.Resource;
import io.github.kubecheck.model.Service;
import io.github.kubecheck.references.ReferenceIndex;
import io.github.kubecheck.references.References;
import io.github.kubecheck.references.Target;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.Optional;

/** A StatefulSet's governing Service that is missing or not headless. */
@RuleInfo(id = "statefulset-service-not-headless", category = Category.REFERENCES,
    severity = Severity.WARNING,
    summary = "A StatefulSet's serviceName names a Service that is not in its namespace, or one "
        + "that is not headless (clusterIP: None).",
    rationale = "The pods of a StatefulSet get their stable DNS names (NAME-0.SERVICE.NAMESPACE."
        + "svc) from the governing headless Service; with the Service missing, or given a "
        + "cluster IP, those names never resolve and peers cannot find each other, though the "
        + "pods run. A StatefulSet without serviceName is left to the schema rules, which follow "
        + "each version's API schema: older versions require the field, newer ones (1.33 in the "
        + "bundled schemas) let a StatefulSet without stable DNS names leave it out.",
    remediation = "Create a Service of that name in the StatefulSet's namespace with clusterIP: "
        + "None and a selector matching the pods, or point serviceName at one." + Texts.EXTERNAL)
public final class StatefulSetServiceNotHeadless implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ReferenceIndex index = ctx.analysis(References.INSTANCE);
    for (Resource r : ctx.manifests().ofKind("StatefulSet")) {
      Optional<String> name = r.spec().text("serviceName").filter(n -> !n.isEmpty());
      if (!r.is("apps", "StatefulSet") || name.isEmpty()) {
        continue;
      }
      Target target = Target.core("Service", r.effectiveNamespace(), name.get());
      Optional<Resource> svc = index.find(target);
      if (svc.isEmpty()) {
        if (!index.isExternal(target)) {
          ctx.report(r, r.locate("spec.serviceName"), r.describe() + ": serviceName names "
              + Texts.missing(target) + "; its pods would get no stable DNS names.");
        }
      } else if (!Service.of(svc.get()).isHeadless()) {
        ctx.report(r, r.locate("spec.serviceName"), r.describe() + ": serviceName names "
            + svc.get().describe() + ", which is not headless (clusterIP: None); its pods would "
            + "get no stable DNS names through it.");
      }
    }
  }
}
