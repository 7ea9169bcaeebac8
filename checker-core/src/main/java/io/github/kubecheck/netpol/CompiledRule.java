package io.github.kubecheck.netpol;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** A NetworkPolicy rule with its peers resolved to pod classes and address blocks. */
final class CompiledRule {

  final NetworkPolicy policy;
  final NetworkPolicy.Rule rule;
  private final BitSet peers = new BitSet();
  private final List<AddressBlock> blocks = new ArrayList<>();
  /** The rule's ports when no port is named, so they are the same for every destination. */
  private final PortSet fixedPorts;

  CompiledRule(NetworkPolicy policy, NetworkPolicy.Rule rule, Selection selection) {
    this.policy = policy;
    this.rule = rule;
    if (rule.allPeers()) {
      peers.set(0, selection.classCount());
    }
    for (NetworkPolicyPeer p : rule.peers()) {
      if (p instanceof NetworkPolicyPeer.Pods pods) {
        peers.or(pods.namespaceSelector()
            .map(ns -> selection.pods(ns, pods.podSelector(), true))
            .orElseGet(() -> selection.pods(policy.namespace(), pods.podSelector())));
      } else if (p instanceof NetworkPolicyPeer.Block b) {
        blocks.add(b.block());
        peers.or(selection.addressed(b.block()));
      }
    }
    boolean named = !rule.allPorts() && rule.ports().stream().anyMatch(p -> p.name().isPresent());
    fixedPorts = named ? null : rule.ports(List.of());
  }

  boolean matches(Endpoint e) {
    if (e instanceof Endpoint.Pods p) {
      return peers.get(p.pods().index());
    }
    Cidr range = ((Endpoint.Range) e).range();
    return rule.allPeers() || blocks.stream().anyMatch(b -> b.containsRange(range));
  }

  PortSet ports(List<NamedPort> destination) {
    return fixedPorts != null ? fixedPorts : rule.ports(destination);
  }

  /** Whether the rule's peers include this class. */
  boolean includes(int podClass) {
    return peers.get(podClass);
  }

  /** The classes the rule's peers take in; not to be changed. */
  BitSet peerSet() {
    return peers;
  }

  /** Whether the rule's peers take in any pod at all. */
  boolean includesPods() {
    return !peers.isEmpty();
  }
}
