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
import java.util.HashSet;
import java.util.Set;

/** A Service without selector whose endpoints nobody provides. */
@RuleInfo(id = "service-without-endpoints", category = Category.REFERENCES,
    severity = Severity.INFO,
    summary = "A Service has no selector, is not of type ExternalName, and no EndpointSlice "
        + "(label kubernetes.io/service-name) or Endpoints object for it is in the input or "
        + "the cluster.",
    rationale = "Without a selector the endpoints controller leaves the Service alone: its "
        + "endpoints come from EndpointSlices (or a legacy Endpoints object of the same name) "
        + "that someone else writes. If none is written, connections to it fail. This is "
        + "info, since the endpoints are often written by another controller.",
    remediation = "Add a selector matching the pods it should reach, write the EndpointSlice "
        + "(discovery.k8s.io/v1, label kubernetes.io/service-name: NAME), or use type: "
        + "ExternalName for a name outside the cluster." + Texts.EXTERNAL)
public final class ServiceWithoutEndpoints implements Rule {

  private static final String SERVICE_NAME_LABEL = "kubernetes.io/service-name";

  @Override
  public void check(RuleContext ctx) {
    ReferenceIndex index = ctx.analysis(References.INSTANCE);
    Set<String> sliced = new HashSet<>();
    for (Resource e : ctx.facts().cluster().ofKind("EndpointSlice")) {
      if (e.is("discovery.k8s.io", "EndpointSlice") && e.labels().containsKey(SERVICE_NAME_LABEL)) {
        sliced.add(e.effectiveNamespace() + "/" + e.labels().get(SERVICE_NAME_LABEL));
      }
    }
    for (Service s : Inputs.services(ctx)) {
      Resource r = s.resource();
      String ns = r.effectiveNamespace();
      if (s.selector().isPresent() || s.isExternalName()) {
        continue;
      }
      boolean slices = sliced.contains(ns + "/" + r.name());
      Target endpoints = Target.core("Endpoints", ns, r.name());
      if (slices || index.resolves(endpoints)
          || index.isExternal(new Target("discovery.k8s.io", "EndpointSlice", ns, r.name()))) {
        continue;
      }
      String at = r.spec().has("selector") ? "spec.selector" : "spec";
      ctx.report(r, r.locate(at), r.describe() + " has no selector and no EndpointSlice in the "
          + "input or the cluster, so it has no endpoints unless something else writes them.");
    }
  }
}
