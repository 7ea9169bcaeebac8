package io.github.kubecheck.rules.network;

import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.netpol.AdminNetworkPolicy;
import io.github.kubecheck.netpol.NetworkAnalysis;
import io.github.kubecheck.netpol.NetworkModel;
import io.github.kubecheck.netpol.NetworkPolicy;
import io.github.kubecheck.netpol.PodClass;
import io.github.kubecheck.netpol.Workload;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.RuleParam;
import io.github.kubecheck.rule.Severity;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Namespaces whose pods no policy of any kind restricts. */
@RuleInfo(id = "netpol-namespace-unprotected", category = Category.NETWORK,
    severity = Severity.INFO,
    summary = "A namespace runs workloads but has no NetworkPolicy, and no admin policy applies "
        + "to its pods.",
    rationale = "Without any policy every pod of the namespace accepts connections from every "
        + "pod and address and may connect anywhere; one compromised pod reaches them all. "
        + "A default-deny policy per namespace, with explicit allowances, is the usual "
        + "baseline.",
    remediation = "Add a NetworkPolicy with podSelector: {} and policyTypes: [Ingress, Egress] "
        + "to the namespace, then allow the flows its workloads need (and DNS).",
    params = {@RuleParam(name = "ignoreNamespaces",
        defaultValue = "kube-system,kube-public,kube-node-lease",
        description = "Namespaces not to report, comma-separated.")})
public final class NamespaceUnprotected implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!NetworkInputs.present(ctx)) {
      return;
    }
    NetworkModel model = ctx.analysis(NetworkAnalysis.INSTANCE);
    Set<String> ignored = Set.copyOf(ctx.listParam("ignoreNamespaces"));
    Set<String> withPolicies = new HashSet<>();
    model.networkPolicies().stream().map(NetworkPolicy::namespace).forEach(withPolicies::add);
    Set<PodClass> adminCovered = new HashSet<>();
    for (AdminNetworkPolicy p : model.adminPolicies()) {
      adminCovered.addAll(model.selectedBy(p));
    }
    Map<String, PodTemplate> firstTemplate = new LinkedHashMap<>();
    for (Workload w : model.workloads()) {
      for (PodTemplate t : w.templates()) {
        if (model.isInput(t.owner())) {
          firstTemplate.putIfAbsent(w.namespace(), t);
        }
      }
    }
    for (var e : firstTemplate.entrySet()) {
      String ns = e.getKey();
      if (ignored.contains(ns) || withPolicies.contains(ns)) {
        continue;
      }
      boolean admin = model.classes().stream()
          .anyMatch(c -> c.namespace().equals(ns) && adminCovered.contains(c));
      if (admin) {
        continue;
      }
      List<Workload> there = model.workloads().stream().filter(w -> w.namespace().equals(ns))
          .toList();
      Resource at = namespaceObject(ctx, ns).orElse(e.getValue().owner());
      Location loc = at.is("", "Namespace") ? at.locate("metadata.name")
          : at.locate("metadata.namespace");
      ctx.report(at, loc, "namespace \"" + ns + "\" has no NetworkPolicy: its workloads ("
          + Pods.list(there.stream().map(Workload::name).toList()) + ") accept connections "
          + "from everywhere and may connect anywhere");
    }
  }

  private static java.util.Optional<Resource> namespaceObject(RuleContext ctx, String ns) {
    return ctx.manifests().resources().stream()
        .filter(r -> r.is("", "Namespace") && r.name().equals(ns)).findFirst();
  }
}
