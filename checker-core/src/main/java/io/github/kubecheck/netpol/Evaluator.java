package io.github.kubecheck.netpol;

import io.github.kubecheck.netpol.AdminNetworkPolicy.Action;
import java.util.List;

/**
 * Decides one direction of one connection for a pod class, in the order the network-policy-api
 * specifies: admin policies by priority (lowest value first, rules in written order, the first
 * matching rule deciding each port), then for what they pass or leave, the NetworkPolicies if any
 * isolates the pod in that direction (allowed when some rule of them allows), else the baseline
 * policy's rules, else allowed.
 */
final class Evaluator {

  /** Per direction, per class: the rules that apply, in evaluation order. */
  private final CompiledAdminRule[][][] admin;
  private final CompiledRule[][][] rules;
  private final CompiledAdminRule[][][] baseline;
  /** Per direction, per class: the NetworkPolicies isolating it (empty when none). */
  private final List<NetworkPolicy>[][] isolating;

  Evaluator(CompiledAdminRule[][][] admin, CompiledRule[][][] rules,
      CompiledAdminRule[][][] baseline, List<NetworkPolicy>[][] isolating) {
    this.admin = admin;
    this.rules = rules;
    this.baseline = baseline;
    this.isolating = isolating;
  }

  /**
   * The ports allowed in direction {@code d} for traffic of {@code subject} with {@code peer}:
   * for egress the subject sends to the peer, for ingress it receives from it. Named ports
   * resolve at the destination: the peer for egress, the subject for ingress.
   */
  PortSet allowed(Direction d, PodClass subject, Endpoint peer, Trace trace) {
    int dir = d.ordinal();
    int s = subject.index();
    List<NamedPort> destination = d == Direction.INGRESS ? subject.namedPorts()
        : peer.namedPorts();
    Decided admins = firstMatch(admin[dir][s], PortSet.ALL, peer, destination, trace);
    PortSet rest = admins.open.union(admins.passed);
    if (rest.isEmpty()) {
      return admins.allowed;
    }
    PortSet allowed = admins.allowed;
    if (!isolating[dir][s].isEmpty()) {
      trace.isolated(isolating[dir][s], rest);
      for (CompiledRule r : rules[dir][s]) {
        if (r.matches(peer)) {
          PortSet p = rest.intersect(r.ports(destination));
          if (!p.isEmpty()) {
            trace.allowed(r, p);
            allowed = allowed.union(p);
          }
        }
      }
      return allowed;
    }
    Decided base = firstMatch(baseline[dir][s], rest, peer, destination, trace);
    if (!base.open.isEmpty()) {
      trace.unrestricted(base.open);
    }
    return allowed.union(base.allowed).union(base.open);
  }

  /** What a tier's ordered rules did with the ports: allowed, passed on, and left open. */
  private record Decided(PortSet allowed, PortSet passed, PortSet open) {}

  /** Each port goes to the first rule that matches the peer and the port. */
  private static Decided firstMatch(CompiledAdminRule[] tier, PortSet open, Endpoint peer,
      List<NamedPort> destination, Trace trace) {
    PortSet allowed = PortSet.NONE;
    PortSet passed = PortSet.NONE;
    for (CompiledAdminRule r : tier) {
      if (open.isEmpty()) {
        break;
      }
      if (!r.matches(peer)) {
        continue;
      }
      PortSet ports = r.ports(destination);
      PortSet taken = open.intersect(ports);
      if (taken.isEmpty()) {
        continue;
      }
      trace.admin(r, taken);
      if (r.action == Action.ALLOW) {
        allowed = allowed.union(taken);
      } else if (r.action == Action.PASS) {
        passed = passed.union(taken);
      }
      open = open.minus(ports);
    }
    return new Decided(allowed, passed, open);
  }

  /**
   * The egress of {@code s} to every class at once, following only the rules' peer sets, when
   * NetworkPolicies alone decide it (no admin or baseline rule applies to it): the ports by class
   * index, and in {@code reached} the classes that get any. Null when the answer must be worked
   * out per destination.
   */
  PortSet[] egressRow(PodClass s, List<PodClass> classes, java.util.BitSet reached) {
    int dir = Direction.EGRESS.ordinal();
    int i = s.index();
    if (admin[dir][i].length > 0 || baseline[dir][i].length > 0) {
      return null;
    }
    PortSet[] row = new PortSet[classes.size()];
    if (isolating[dir][i].isEmpty()) {
      java.util.Arrays.fill(row, PortSet.ALL);
      reached.set(0, row.length);
      return row;
    }
    for (CompiledRule r : rules[dir][i]) {
      java.util.BitSet peers = r.peerSet();
      for (int d = peers.nextSetBit(0); d >= 0; d = peers.nextSetBit(d + 1)) {
        PortSet p = r.ports(classes.get(d).namedPorts());
        if (!p.isEmpty()) {
          row[d] = row[d] == null ? p : row[d].union(p);
          reached.set(d);
        }
      }
    }
    return row;
  }

  boolean isolated(Direction d, PodClass c) {
    return !isolating[d.ordinal()][c.index()].isEmpty();
  }

  List<NetworkPolicy> isolating(Direction d, PodClass c) {
    return isolating[d.ordinal()][c.index()];
  }

  CompiledRule[] rules(Direction d, PodClass c) {
    return rules[d.ordinal()][c.index()];
  }

  /** Whether no policy of any tier touches the class in this direction. */
  boolean unrestricted(Direction d, PodClass c) {
    int dir = d.ordinal();
    int s = c.index();
    return admin[dir][s].length == 0 && isolating[dir][s].isEmpty()
        && baseline[dir][s].length == 0;
  }
}
