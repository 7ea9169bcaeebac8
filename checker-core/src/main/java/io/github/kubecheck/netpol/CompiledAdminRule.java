package io.github.kubecheck.netpol;

import io.github.kubecheck.netpol.AdminNetworkPolicy.Action;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/** An admin or baseline policy rule with its peers resolved. */
final class CompiledAdminRule {

  final AdminNetworkPolicy policy;
  final AdminNetworkPolicy.Rule rule;
  final Action action;
  /** A Deny or Pass rule with a peer of unknown type denies everything, failing closed. */
  private final boolean failClosed;
  private final BitSet peers = new BitSet();
  private final List<AddressBlock> blocks = new ArrayList<>();

  private CompiledAdminRule(AdminNetworkPolicy policy, AdminNetworkPolicy.Rule rule,
      Action action, Selection selection) {
    this.policy = policy;
    this.rule = rule;
    boolean unknown = rule.peers().stream().anyMatch(p -> p instanceof AdminPeer.Unknown);
    this.failClosed = unknown && action != Action.ALLOW;
    this.action = failClosed ? Action.DENY : action;
    for (AdminPeer p : rule.peers()) {
      if (p instanceof AdminPeer.Pods pods) {
        peers.or(selection.pods(pods.namespaceSelector(), pods.podSelector(), false));
      } else if (p instanceof AdminPeer.Networks n) {
        for (AddressBlock b : n.blocks()) {
          blocks.add(b);
          peers.or(selection.addressed(b));
        }
      }
    }
  }

  /** Empty when the rule's action is unreadable: the CRD would refuse it. */
  static Optional<CompiledAdminRule> of(AdminNetworkPolicy policy, AdminNetworkPolicy.Rule rule,
      Selection selection) {
    return rule.action().map(a -> new CompiledAdminRule(policy, rule, a, selection));
  }

  boolean matches(Endpoint e) {
    if (failClosed) {
      return true;
    }
    if (e instanceof Endpoint.Pods p) {
      return peers.get(p.pods().index());
    }
    Cidr range = ((Endpoint.Range) e).range();
    return blocks.stream().anyMatch(b -> b.containsRange(range));
  }

  PortSet ports(List<NamedPort> destination) {
    return failClosed ? PortSet.ALL : rule.ports(destination);
  }
}
