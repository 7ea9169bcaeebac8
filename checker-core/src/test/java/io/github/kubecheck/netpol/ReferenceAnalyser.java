package io.github.kubecheck.netpol;

import io.github.kubecheck.netpol.ReferenceScenarios.Admin;
import io.github.kubecheck.netpol.ReferenceScenarios.AdminPeer;
import io.github.kubecheck.netpol.ReferenceScenarios.AdminPort;
import io.github.kubecheck.netpol.ReferenceScenarios.AdminRule;
import io.github.kubecheck.netpol.ReferenceScenarios.Expr;
import io.github.kubecheck.netpol.ReferenceScenarios.Ns;
import io.github.kubecheck.netpol.ReferenceScenarios.Peer;
import io.github.kubecheck.netpol.ReferenceScenarios.Pod;
import io.github.kubecheck.netpol.ReferenceScenarios.Policy;
import io.github.kubecheck.netpol.ReferenceScenarios.Port;
import io.github.kubecheck.netpol.ReferenceScenarios.Rule;
import io.github.kubecheck.netpol.ReferenceScenarios.Scenario;
import io.github.kubecheck.netpol.ReferenceScenarios.Sel;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A second, deliberately plain reading of the specifications: one pod, one port, one direction
 * at a time, straight from the scenario's data, the way policy-assistant's matchers decide a
 * single piece of traffic. Pods have no known addresses; they live in 10.244.0.0/16.
 */
final class ReferenceAnalyser {

  /** One end of the traffic: a pod, or an outside IPv4 address. */
  record End(Pod pod, String ip) {}

  private final Scenario s;
  private final Map<String, Map<String, String>> nsLabels = new HashMap<>();

  ReferenceAnalyser(Scenario s) {
    this.s = s;
    for (Ns n : s.namespaces()) {
      Map<String, String> l = new HashMap<>(n.labels());
      l.put("kubernetes.io/metadata.name", n.name());
      nsLabels.put(n.name(), l);
    }
  }

  boolean allowed(End src, End dst, String protocol, int port) {
    boolean egress = src.pod() == null || direction(src.pod(), dst, dst, true, protocol, port);
    boolean ingress = dst.pod() == null || direction(dst.pod(), src, dst, false, protocol, port);
    return egress && ingress;
  }

  private boolean direction(Pod subject, End peer, End destination, boolean egress,
      String protocol, int port) {
    List<Admin> admins = s.admins().stream().filter(a -> !a.baseline())
        .sorted(Comparator.comparingInt(Admin::priority)).toList();
    for (Admin a : admins) {
      if (!adminSubject(a, subject)) {
        continue;
      }
      for (AdminRule r : egress ? a.egress() : a.ingress()) {
        if (adminMatches(r, peer, destination, protocol, port)) {
          if (r.action().equals("Allow")) {
            return true;
          }
          if (r.action().equals("Deny")) {
            return false;
          }
          return networkPolicies(subject, peer, destination, egress, protocol, port);
        }
      }
    }
    return networkPolicies(subject, peer, destination, egress, protocol, port);
  }

  private boolean networkPolicies(Pod subject, End peer, End destination, boolean egress,
      String protocol, int port) {
    boolean isolated = false;
    for (Policy p : s.policies()) {
      if (!p.ns().equals(subject.ns()) || !matches(p.podSelector(), subject.labels())) {
        continue;
      }
      List<String> types = p.types() != null ? p.types()
          : p.egress() != null && !p.egress().isEmpty() ? List.of("Ingress", "Egress")
          : List.of("Ingress");
      if (!types.contains(egress ? "Egress" : "Ingress")) {
        continue;
      }
      isolated = true;
      List<Rule> rules = egress ? p.egress() : p.ingress();
      for (Rule r : rules == null ? List.<Rule>of() : rules) {
        if (peers(r, p.ns(), peer) && ports(r.ports(), destination, protocol, port)) {
          return true;
        }
      }
    }
    if (isolated) {
      return false;
    }
    for (Admin a : s.admins()) {
      if (!a.baseline() || !adminSubject(a, subject)) {
        continue;
      }
      for (AdminRule r : egress ? a.egress() : a.ingress()) {
        if (adminMatches(r, peer, destination, protocol, port)) {
          return r.action().equals("Allow");
        }
      }
    }
    return true;
  }

  private boolean peers(Rule r, String policyNs, End peer) {
    if (r.peers() == null || r.peers().isEmpty()) {
      return true;
    }
    for (Peer p : r.peers()) {
      if (p.cidr() != null) {
        if (inBlock(peer, p.cidr(), p.except())) {
          return true;
        }
      } else if (peer.pod() != null) {
        boolean ns = p.namespaces() == null ? peer.pod().ns().equals(policyNs)
            : matches(p.namespaces(), nsLabels.get(peer.pod().ns()));
        boolean pod = p.pods() == null || matches(p.pods(), peer.pod().labels());
        if (ns && pod) {
          return true;
        }
      }
    }
    return false;
  }

  /** A pod's unknown address is in a block only if the whole pod network is. */
  private static boolean inBlock(End e, String cidr, List<String> except) {
    if (e.pod() != null) {
      long lo = ip("10.244.0.0");
      long hi = ip("10.244.255.255");
      if (!inCidr(lo, cidr) || !inCidr(hi, cidr)) {
        return false;
      }
      for (String x : except) {
        long base = ip(x.substring(0, x.indexOf('/')));
        long size = 1L << (32 - Integer.parseInt(x.substring(x.indexOf('/') + 1)));
        if (base <= hi && lo < base + size) {
          return false;
        }
      }
      return true;
    }
    long v = ip(e.ip());
    return inCidr(v, cidr) && except.stream().noneMatch(x -> inCidr(v, x));
  }

  private static boolean inCidr(long ip, String cidr) {
    int bits = Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
    long base = ip(cidr.substring(0, cidr.indexOf('/')));
    long mask = bits == 0 ? 0 : (0xffffffffL << (32 - bits)) & 0xffffffffL;
    return (ip & mask) == (base & mask);
  }

  private static long ip(String text) {
    return new BigInteger(1, java.util.Arrays.stream(text.split("\\."))
        .map(Integer::parseInt).collect(java.io.ByteArrayOutputStream::new,
            (o, b) -> o.write(b), (a, b) -> { }).toByteArray()).longValue();
  }

  private static boolean ports(List<Port> ports, End destination, String protocol, int port) {
    if (ports == null || ports.isEmpty()) {
      return true;
    }
    for (Port p : ports) {
      String proto = p.protocol() == null ? "TCP" : p.protocol();
      if (!proto.equals(protocol)) {
        continue;
      }
      if (p.port() == null) {
        return true;
      }
      if (p.port() instanceof Integer n) {
        if (p.endPort() == null ? n == port : p.endPort() >= n && n <= port
            && port <= p.endPort()) {
          return true;
        }
      } else if (destination.pod() != null && destination.pod().ports().stream()
          .anyMatch(np -> np.name().equals(p.port()) && np.number() == port
              && np.protocol().equals(protocol))) {
        return true;
      }
    }
    return false;
  }

  private boolean adminSubject(Admin a, Pod p) {
    return !p.hostNetwork() && matches(a.subjectNamespaces(), nsLabels.get(p.ns()))
        && (a.subjectPods() == null || matches(a.subjectPods(), p.labels()));
  }

  private boolean adminMatches(AdminRule r, End peer, End destination, String protocol,
      int port) {
    boolean peerMatch = false;
    for (AdminPeer p : r.peers()) {
      if (p.networks() != null) {
        peerMatch |= p.networks().stream().anyMatch(c -> inBlock(peer, c, List.of()));
      } else if (peer.pod() != null && !peer.pod().hostNetwork()) {
        peerMatch |= matches(p.namespaces(), nsLabels.get(peer.pod().ns()))
            && (p.pods() == null || matches(p.pods(), peer.pod().labels()));
      }
    }
    if (!peerMatch) {
      return false;
    }
    if (r.ports() == null) {
      return true;
    }
    for (AdminPort p : r.ports()) {
      boolean hit = switch (p.kind()) {
        case "number" -> p.protocol().equals(protocol) && p.port() == port;
        case "range" -> p.protocol().equals(protocol) && p.port() <= port && port <= p.end();
        default -> destination.pod() != null && destination.pod().ports().stream()
            .anyMatch(np -> np.name().equals(p.name()) && np.number() == port
                && np.protocol().equals(protocol));
      };
      if (hit) {
        return true;
      }
    }
    return false;
  }

  static boolean matches(Sel sel, Map<String, String> labels) {
    for (var e : sel.labels().entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    for (Expr x : sel.exprs()) {
      boolean has = labels.containsKey(x.key());
      boolean ok = switch (x.op()) {
        case "In" -> has && x.values().contains(labels.get(x.key()));
        case "NotIn" -> !has || !x.values().contains(labels.get(x.key()));
        case "Exists" -> has;
        default -> !has;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
