package io.github.kubecheck.rules.network;

import io.github.kubecheck.model.Location;
import io.github.kubecheck.netpol.Direction;
import io.github.kubecheck.netpol.NetworkAnalysis;
import io.github.kubecheck.netpol.NetworkModel;
import io.github.kubecheck.netpol.NetworkPolicy;
import io.github.kubecheck.netpol.NetworkPolicyPeer;
import io.github.kubecheck.netpol.PodClass;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.RuleParam;
import io.github.kubecheck.rule.Severity;
import java.util.List;
import java.util.Map;

/** Ingress rules that let the whole internet in to pods marked sensitive. */
@RuleInfo(id = "netpol-open-to-world", category = Category.NETWORK, severity = Severity.WARNING,
    summary = "An ingress rule allows traffic from everywhere (an ipBlock of 0.0.0.0/0 or ::/0, "
        + "or no from list at all) to pods marked sensitive.",
    rationale = "A rule without peers, or with an ipBlock covering every address, admits any "
        + "host on the internet that can route to the pods, besides every pod of the cluster. "
        + "For databases, secret stores and admin endpoints that is rarely meant: such pods "
        + "should take connections only from the workloads that use them.",
    remediation = "Name the clients in the rule's from list: podSelector and namespaceSelector "
        + "for workloads, an ipBlock of the narrowest range for outside clients.",
    params = {@RuleParam(name = "sensitiveLabels", defaultValue = "kubecheck.io/sensitive=true",
        description = "Pod labels that mark a pod sensitive, comma-separated, each key=value "
            + "or a key alone (any value).")})
public final class OpenToWorld implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!NetworkInputs.present(ctx)) {
      return;
    }
    NetworkModel model = ctx.analysis(NetworkAnalysis.INSTANCE);
    List<String> marks = ctx.listParam("sensitiveLabels");
    for (NetworkPolicy p : model.networkPolicies()) {
      if (!model.isInput(p.resource()) || !p.isolates(Direction.INGRESS)) {
        continue;
      }
      List<PodClass> sensitive = model.selectedBy(p).stream()
          .filter(c -> marked(c.labels(), marks)).toList();
      if (sensitive.isEmpty()) {
        continue;
      }
      String pods = Pods.names(model, sensitive);
      for (NetworkPolicy.Rule r : p.ingress()) {
        if (r.allPeers()) {
          Location at = p.resource().spec().sequence("ingress")
              .flatMap(s -> s.get(r.index())).flatMap(n -> n.asMapping())
              .filter(m -> m.has("from")).map(m -> p.resource().locate(r.path() + ".from"))
              .orElse(r.locate());
          ctx.report(p.resource(), at, "NetworkPolicy " + p.name() + " " + r.path()
              + " has no from list, so it lets every address and every pod reach the "
              + "sensitive pods of " + pods);
          continue;
        }
        for (NetworkPolicyPeer peer : r.peers()) {
          if (peer instanceof NetworkPolicyPeer.Block b && b.block().isEverywhere()) {
            ctx.report(p.resource(), p.resource().locate(r.path() + ".from[" + peer.index()
                + "].ipBlock.cidr"), "NetworkPolicy " + p.name() + " lets " + b.block()
                + " (the whole internet) reach the sensitive pods of " + pods);
          }
        }
      }
    }
  }

  private static boolean marked(Map<String, String> labels, List<String> marks) {
    for (String m : marks) {
      int eq = m.indexOf('=');
      if (eq < 0 ? labels.containsKey(m)
          : m.substring(eq + 1).equals(labels.get(m.substring(0, eq)))) {
        return true;
      }
    }
    return false;
  }
}
