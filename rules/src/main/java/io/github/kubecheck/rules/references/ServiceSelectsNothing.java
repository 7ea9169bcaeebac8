package io.github.kubecheck.rules.references;

import io.github.kubecheck.model.LabelSelector;
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
import java.util.Map;
import java.util.stream.Collectors;

/** A Service whose selector matches no pod of its namespace. */
@RuleInfo(id = "service-selects-nothing", category = Category.REFERENCES,
    severity = Severity.WARNING,
    summary = "A Service's selector matches the pods of no workload in its namespace, in the "
        + "input or the cluster.",
    rationale = "The endpoints controller gives such a Service no endpoints, so every "
        + "connection to it fails, usually because a label was misspelt or the Service is in "
        + "another namespace than its pods. Pods made by operators from custom resources are "
        + "invisible here: list them as external with the pattern Pod or NAMESPACE/* in "
        + "references.assumeExternal.",
    remediation = "Make the selector match the labels of the pod template it should reach, in "
        + "the same namespace, or remove the selector if you manage its EndpointSlices "
        + "yourself.")
public final class ServiceSelectsNothing implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ReferenceIndex index = ctx.analysis(References.INSTANCE);
    for (Service s : Inputs.services(ctx)) {
      Resource r = s.resource();
      String ns = r.effectiveNamespace();
      if (s.selector().isEmpty() || s.isExternalName()
          || index.isExternal(Target.core("Pod", ns, ""))
          || !index.pods(ns, LabelSelector.ofMap(s.selector().get())).isEmpty()) {
        continue;
      }
      ctx.report(r, r.locate("spec.selector"), r.describe() + " selects pods labelled "
          + labels(s.selector().get()) + ", but no workload in namespace \"" + ns
          + "\" has pods with these labels; the Service would have no endpoints.");
    }
  }

  static String labels(Map<String, String> selector) {
    return selector.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
  }
}
