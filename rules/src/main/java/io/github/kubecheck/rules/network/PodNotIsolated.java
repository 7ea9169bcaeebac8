package io.github.kubecheck.rules.network;

import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.netpol.Direction;
import io.github.kubecheck.netpol.NetworkAnalysis;
import io.github.kubecheck.netpol.NetworkModel;
import io.github.kubecheck.netpol.NetworkPolicy;
import io.github.kubecheck.netpol.PodClass;
import io.github.kubecheck.netpol.Workload;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Pods left open for ingress in a namespace whose owners otherwise use NetworkPolicies. */
@RuleInfo(id = "netpol-pod-not-isolated", category = Category.NETWORK, severity = Severity.WARNING,
    summary = "A workload's pods are selected by no NetworkPolicy for ingress, in a namespace "
        + "that has NetworkPolicies.",
    rationale = "A pod that no NetworkPolicy selects for ingress accepts connections from every "
        + "pod and every address. In a namespace whose other pods are locked down this is "
        + "usually an oversight: a podSelector that misses the workload's labels, or a "
        + "default-deny policy that only covers egress.",
    remediation = "Add a default-deny ingress policy (podSelector: {}, policyTypes: [Ingress]) "
        + "to the namespace, or make a policy's podSelector match the workload's pod labels.")
public final class PodNotIsolated implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!NetworkInputs.present(ctx)) {
      return;
    }
    NetworkModel model = ctx.analysis(NetworkAnalysis.INSTANCE);
    Map<String, TreeSet<String>> policiesByNamespace = new TreeMap<>();
    for (NetworkPolicy p : model.networkPolicies()) {
      policiesByNamespace.computeIfAbsent(p.namespace(), k -> new TreeSet<>())
          .add(p.resource().name());
    }
    for (Workload w : model.workloads()) {
      TreeSet<String> policies = policiesByNamespace.get(w.namespace());
      if (policies == null) {
        continue;
      }
      for (PodTemplate t : w.templates()) {
        Optional<PodClass> c = model.classOf(t.owner());
        if (!model.isInput(t.owner()) || c.isEmpty()
            || model.isolated(c.get(), Direction.INGRESS)) {
          continue;
        }
        String labels = t.path().isEmpty() ? "metadata.labels" : t.path() + ".metadata.labels";
        String pods = t.path().isEmpty() ? "the pod is selected by no NetworkPolicy for "
            + "ingress, so every pod and address can connect to it"
            : "its pods are selected by no NetworkPolicy for ingress, so every pod and address "
                + "can connect to them";
        ctx.report(t.owner(), t.owner().locate(labels), t.owner().describe() + ": " + pods
            + ", though namespace \"" + w.namespace() + "\" has "
            + "NetworkPolicies (" + Pods.list(List.copyOf(policies)) + ")");
      }
    }
  }
}
