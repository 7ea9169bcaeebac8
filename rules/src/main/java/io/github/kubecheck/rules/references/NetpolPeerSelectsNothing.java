package io.github.kubecheck.rules.references;

import io.github.kubecheck.model.LabelSelector;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.references.ReferenceIndex;
import io.github.kubecheck.references.References;
import io.github.kubecheck.references.Target;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.SequenceNode;
import java.util.List;
import java.util.Optional;

/** A NetworkPolicy peer that selects no pod or no namespace. */
@RuleInfo(id = "netpol-peer-selects-nothing", category = Category.REFERENCES,
    severity = Severity.WARNING,
    summary = "A NetworkPolicy ingress `from` or egress `to` peer selects nothing: its "
        + "namespaceSelector matches no namespace, or its podSelector matches no pod in the "
        + "namespaces it applies to.",
    rationale = "A peer with only a podSelector means pods of the policy's own namespace; with "
        + "a namespaceSelector too, pods of the selected namespaces; with only a "
        + "namespaceSelector, every pod of them. Namespaces are matched by the labels of the "
        + "Namespaces in the input and the cluster, each labelled kubernetes.io/metadata.name "
        + "with its name as the API server does (namespaces only named by objects carry just "
        + "that label). A peer that selects nothing allows no traffic, so the flow it was "
        + "written for stays blocked. ipBlock peers are addresses, not references.",
    remediation = "Correct the peer's labels or namespace (select a namespace by name with "
        + "kubernetes.io/metadata.name: NAME). Namespaces or pods made elsewhere can be listed "
        + "with the patterns Namespace, Pod or NAMESPACE/* in references.assumeExternal.")
public final class NetpolPeerSelectsNothing implements Rule {

  @Override
  public void check(RuleContext ctx) {
    ReferenceIndex index = ctx.analysis(References.INSTANCE);
    for (Resource r : Inputs.networkPolicies(ctx)) {
      rules(ctx, index, r, "ingress", "from");
      rules(ctx, index, r, "egress", "to");
    }
  }

  private static void rules(RuleContext ctx, ReferenceIndex index, Resource r, String direction,
      String peers) {
    List<MappingNode> rules = r.spec().sequence(direction).map(s -> s.mappings().toList())
        .orElse(List.of());
    for (int i = 0; i < rules.size(); i++) {
      Optional<SequenceNode> list = rules.get(i).sequence(peers);
      for (int j = 0; list.isPresent() && j < list.get().size(); j++) {
        String path = "spec." + direction + "[" + i + "]." + peers + "[" + j + "]";
        Optional<MappingNode> peer = list.get().get(j).flatMap(Node::asMapping);
        if (peer.isPresent() && !peer.get().has("ipBlock")) {
          peer(ctx, index, r, peer.get(), path);
        }
      }
    }
  }

  private static void peer(RuleContext ctx, ReferenceIndex index, Resource r, MappingNode peer,
      String path) {
    Optional<LabelSelector> pods = peer.mapping("podSelector").map(LabelSelector::of);
    Optional<LabelSelector> namespaces = peer.mapping("namespaceSelector")
        .map(LabelSelector::of);
    if (pods.isEmpty() && namespaces.isEmpty()) {
      return;
    }
    List<String> selected = namespaces.map(index::namespaces)
        .orElse(List.of(r.effectiveNamespace()));
    if (selected.isEmpty()) {
      if (!index.isExternal(Target.core("Namespace", "", ""))) {
        ctx.report(r, r.locate(path + ".namespaceSelector"), r.describe() + ": the "
            + "namespaceSelector of " + path + " matches no namespace in the input or the "
            + "cluster, so this peer allows nothing.");
      }
      return;
    }
    if (pods.isEmpty()
        || selected.stream().anyMatch(ns -> index.isExternal(Target.core("Pod", ns, "")))) {
      return;
    }
    boolean any = selected.stream().anyMatch(ns -> !index.pods(ns, pods.get()).isEmpty());
    if (!any) {
      String where = namespaces.isEmpty() ? "namespace \"" + r.effectiveNamespace() + "\""
          : "the namespaces it selects (" + String.join(", ", selected.stream().limit(5)
              .toList()) + (selected.size() > 5 ? ", ..." : "") + ")";
      ctx.report(r, r.locate(path + ".podSelector"), r.describe() + ": the podSelector of "
          + path + " matches no pod in " + where + ", so this peer allows nothing.");
    }
  }
}
