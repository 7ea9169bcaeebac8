package io.github.kubecheck.rules.network;

import io.github.kubecheck.model.Resource;
import io.github.kubecheck.netpol.AdminNetworkPolicy;
import io.github.kubecheck.netpol.AdminPeer;
import io.github.kubecheck.netpol.AdminPort;
import io.github.kubecheck.netpol.Direction;
import io.github.kubecheck.netpol.NamedPort;
import io.github.kubecheck.netpol.NetworkAnalysis;
import io.github.kubecheck.netpol.NetworkModel;
import io.github.kubecheck.netpol.NetworkPolicy;
import io.github.kubecheck.netpol.NetworkPolicyPeer;
import io.github.kubecheck.netpol.NetworkPolicyPort;
import io.github.kubecheck.netpol.PodClass;
import io.github.kubecheck.netpol.Protocol;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.List;
import java.util.Optional;

/** Port names in policies that no destination pod declares. */
@RuleInfo(id = "netpol-named-port-unresolved", category = Category.NETWORK,
    severity = Severity.WARNING,
    summary = "A policy port names a container port that none of the destination pods declare "
        + "(with that protocol), so the entry allows nothing.",
    rationale = "A named port is looked up on each destination pod: the pods an ingress rule's "
        + "policy selects, the peers of an egress rule. When no such pod has a container port "
        + "of that name and protocol the entry matches no traffic, silently; addresses outside "
        + "the cluster have no named ports at all.",
    remediation = "Use the name of a container port the destination pods declare (and its "
        + "protocol), or the port number; for ipBlock peers always use numbers.")
public final class NamedPortUnresolved implements Rule {

  @Override
  public void check(RuleContext ctx) {
    if (!NetworkInputs.present(ctx)) {
      return;
    }
    NetworkModel model = ctx.analysis(NetworkAnalysis.INSTANCE);
    for (NetworkPolicy p : model.networkPolicies()) {
      if (!model.isInput(p.resource())) {
        continue;
      }
      for (Direction d : p.policyTypes()) {
        for (NetworkPolicy.Rule r : p.rules(d)) {
          check(ctx, model, p, r);
        }
      }
    }
    for (AdminNetworkPolicy p : model.adminPolicies()) {
      if (!model.isInput(p.resource())) {
        continue;
      }
      for (Direction d : Direction.values()) {
        for (AdminNetworkPolicy.Rule r : p.rules(d)) {
          check(ctx, model, p, r);
        }
      }
    }
  }

  private static void check(RuleContext ctx, NetworkModel model, NetworkPolicy p,
      NetworkPolicy.Rule r) {
    List<PodClass> destinations = r.direction() == Direction.INGRESS ? model.selectedBy(p)
        : r.allPeers() ? model.classes() : model.peers(r);
    boolean addresses = r.direction() == Direction.EGRESS
        && r.peers().stream().anyMatch(x -> x instanceof NetworkPolicyPeer.Block);
    if (destinations.isEmpty() && !addresses) {
      return;
    }
    for (NetworkPolicyPort port : r.ports()) {
      if (port.name().isEmpty() || port.protocol().isEmpty() || !port.valid()) {
        continue;
      }
      String name = port.name().get();
      Protocol proto = port.protocol().get();
      if (destinations.stream().anyMatch(c -> has(c, name, Optional.of(proto)))) {
        continue;
      }
      ctx.report(p.resource(), r.locatePort(port), message(model, p.resource(), r.direction(),
          name, Optional.of(proto), destinations));
    }
  }

  private static void check(RuleContext ctx, NetworkModel model, AdminNetworkPolicy p,
      AdminNetworkPolicy.Rule r) {
    List<PodClass> destinations = r.direction() == Direction.INGRESS ? model.selectedBy(p)
        : model.peers(r);
    boolean addresses = r.peers().stream().anyMatch(x -> x instanceof AdminPeer.Networks);
    if (destinations.isEmpty() && !addresses || r.ports().isEmpty()) {
      return;
    }
    for (AdminPort port : r.ports().get()) {
      if (port instanceof AdminPort.Named n
          && destinations.stream().noneMatch(c -> has(c, n.name(), Optional.empty()))) {
        ctx.report(p.resource(), p.resource().locate(r.path() + ".ports[" + port.index()
            + "].namedPort"), message(model, p.resource(), r.direction(), n.name(),
            Optional.empty(), destinations));
      }
    }
  }

  private static boolean has(PodClass c, String name, Optional<Protocol> proto) {
    for (NamedPort p : c.namedPorts()) {
      if (p.name().equals(name) && proto.map(x -> x == p.protocol()).orElse(true)) {
        return true;
      }
    }
    return false;
  }

  private static String message(NetworkModel model, Resource policy, Direction d, String name,
      Optional<Protocol> proto, List<PodClass> destinations) {
    String port = "port name \"" + name + "\"" + proto.map(p -> " (" + p + ")").orElse("");
    String whose = d == Direction.INGRESS ? "the pods " + policy.describe()
        + " applies to" : "the pods this egress rule sends to";
    if (destinations.isEmpty()) {
      return port + " cannot match: the rule's peers are addresses, and names resolve only on "
          + "pods; the entry allows nothing";
    }
    boolean otherProtocol = proto.isPresent()
        && destinations.stream().anyMatch(c -> has(c, name, Optional.empty()));
    return port + " is declared by none of " + whose + " (" + Pods.names(model, destinations)
        + ")" + (otherProtocol ? ", only with another protocol" : "")
        + "; the entry allows nothing";
  }
}
