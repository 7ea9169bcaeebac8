package io.github.kubecheck.netpol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random policy scenarios as plain data: namespaces, pods and policies, each written out as YAML
 * for kubecheck and judged directly by {@link ReferenceAnalyser}.
 */
final class ReferenceScenarios {

  record Expr(String key, String op, List<String> values) {}

  /** A selector; null fields mean the selector is absent. */
  record Sel(Map<String, String> labels, List<Expr> exprs) {}

  record Ns(String name, Map<String, String> labels) {}

  record NamedPort(String name, int number, String protocol) {}

  record Pod(String ns, String name, Map<String, String> labels, List<NamedPort> ports,
      boolean hostNetwork) {}

  /** A NetworkPolicy peer: either a block or selectors (either may be null). */
  record Peer(Sel namespaces, Sel pods, String cidr, List<String> except) {}

  /** protocol null = absent; port is an Integer, a String name, or null. */
  record Port(String protocol, Object port, Integer endPort) {}

  /** peers/ports null = field absent. */
  record Rule(List<Peer> peers, List<Port> ports) {}

  /** types null = absent; ingress/egress null = absent. */
  record Policy(String ns, String name, Sel podSelector, List<String> types, List<Rule> ingress,
      List<Rule> egress) {}

  record AdminPeer(Sel namespaces, Sel pods, List<String> networks) {}

  /** kind: number (protocol, port), range (protocol, port, end), named (name). */
  record AdminPort(String kind, String protocol, int port, int end, String name) {}

  record AdminRule(String action, List<AdminPeer> peers, List<AdminPort> ports) {}

  record Admin(String name, boolean baseline, int priority, Sel subjectNamespaces,
      Sel subjectPods, List<AdminRule> ingress, List<AdminRule> egress) {}

  record Scenario(List<Ns> namespaces, List<Pod> pods, List<Policy> policies,
      List<Admin> admins) {}

  private static final String[][] LABELS = {{"app", "a", "b", "c"}, {"tier", "f", "b"}};
  private static final String[][] NS_LABELS = {{"team", "a", "b"}, {"env", "prod", "dev"}};
  private static final NamedPort[] PORTS = {new NamedPort("http", 80, "TCP"),
      new NamedPort("http", 8080, "TCP"), new NamedPort("dns", 53, "UDP"),
      new NamedPort("web", 81, "TCP"), new NamedPort("stream", 9000, "SCTP"),
      new NamedPort("dns", 53, "TCP")};
  static final String[] CIDRS = {"0.0.0.0/0", "10.0.0.0/8", "10.244.0.0/16", "203.0.113.0/24",
      "192.0.2.0/24"};
  static final String[] EXCEPTS = {"10.0.0.0/8", "203.0.113.128/25", "192.0.2.128/25",
      "10.244.0.0/16"};

  private final Random rnd;

  ReferenceScenarios(long seed) {
    this.rnd = new Random(seed);
  }

  private Map<String, String> labels(String[][] choices) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String[] c : choices) {
      if (rnd.nextInt(3) > 0) {
        out.put(c[0], c[1 + rnd.nextInt(c.length - 1)]);
      }
    }
    return out;
  }

  private Sel selector(String[][] choices, boolean namespace) {
    int kind = rnd.nextInt(6);
    if (kind == 0) {
      return new Sel(Map.of(), List.of());
    }
    String[] c = choices[rnd.nextInt(choices.length)];
    String v = c[1 + rnd.nextInt(c.length - 1)];
    if (namespace && rnd.nextInt(4) == 0) {
      return new Sel(Map.of("kubernetes.io/metadata.name", List.of("x", "y", "z")
          .get(rnd.nextInt(3))), List.of());
    }
    return switch (kind) {
      case 1, 2 -> new Sel(Map.of(c[0], v), List.of());
      case 3 -> new Sel(Map.of(), List.of(new Expr(c[0], "In", List.of(v))));
      case 4 -> new Sel(Map.of(), List.of(new Expr(c[0], "NotIn", List.of(v))));
      default -> new Sel(Map.of(), List.of(new Expr(c[0], rnd.nextBoolean() ? "Exists"
          : "DoesNotExist", List.of())));
    };
  }

  private Peer peer() {
    int kind = rnd.nextInt(5);
    if (kind == 0) {
      List<String> except = new ArrayList<>();
      String cidr = CIDRS[rnd.nextInt(CIDRS.length)];
      for (String e : EXCEPTS) {
        if (rnd.nextInt(3) == 0 && Cidr.parse(cidr).get().contains(Cidr.parse(e).get())
            && !cidr.equals(e)) {
          except.add(e);
        }
      }
      return new Peer(null, null, cidr, except);
    }
    Sel ns = kind == 1 || kind == 3 ? selector(NS_LABELS, true) : null;
    Sel pods = kind == 2 || kind == 3 ? selector(LABELS, false) : null;
    if (kind == 4) {
      ns = selector(NS_LABELS, true);
    }
    return new Peer(ns, pods, null, null);
  }

  private Port port() {
    String protocol = switch (rnd.nextInt(5)) {
      case 0 -> "UDP";
      case 1 -> "SCTP";
      case 2 -> "TCP";
      default -> null;
    };
    return switch (rnd.nextInt(6)) {
      case 0 -> new Port(protocol, null, null);
      case 1 -> new Port(protocol, PORTS[rnd.nextInt(PORTS.length)].name(), null);
      case 2 -> new Port(protocol, 50 + rnd.nextInt(40), 80 + rnd.nextInt(9000));
      default -> new Port(protocol, List.of(53, 80, 81, 8080, 9000).get(rnd.nextInt(5)), null);
    };
  }

  private List<Rule> rules() {
    int n = rnd.nextInt(5);
    if (n == 0) {
      return null;
    }
    List<Rule> out = new ArrayList<>();
    for (int i = 0; i < n - 1; i++) {
      List<Peer> peers = null;
      int p = rnd.nextInt(4);
      if (p > 0) {
        peers = new ArrayList<>();
        for (int j = 0; j < p - 1; j++) {
          peers.add(peer());
        }
      }
      List<Port> ports = null;
      int q = rnd.nextInt(4);
      if (q > 0) {
        ports = new ArrayList<>();
        for (int j = 0; j < q - 1; j++) {
          ports.add(port());
        }
      }
      out.add(new Rule(peers, ports));
    }
    return out;
  }

  private AdminRule adminRule(boolean baseline, boolean egress) {
    String action = baseline ? (rnd.nextBoolean() ? "Allow" : "Deny")
        : List.of("Allow", "Deny", "Pass").get(rnd.nextInt(3));
    List<AdminPeer> peers = new ArrayList<>();
    for (int i = 0; i <= rnd.nextInt(2); i++) {
      int kind = rnd.nextInt(egress ? 3 : 2);
      peers.add(switch (kind) {
        case 0 -> new AdminPeer(selector(NS_LABELS, true), null, null);
        case 1 -> new AdminPeer(selector(NS_LABELS, true), selector(LABELS, false), null);
        default -> new AdminPeer(null, null, List.of(CIDRS[rnd.nextInt(CIDRS.length)]));
      });
    }
    List<AdminPort> ports = null;
    if (rnd.nextBoolean()) {
      ports = new ArrayList<>();
      for (int i = 0; i <= rnd.nextInt(2); i++) {
        String proto = List.of("TCP", "UDP", "SCTP").get(rnd.nextInt(3));
        ports.add(switch (rnd.nextInt(3)) {
          case 0 -> new AdminPort("number", proto, List.of(53, 80, 81, 8080).get(rnd.nextInt(4)),
              0, null);
          case 1 -> new AdminPort("range", proto, 50 + rnd.nextInt(40), 100 + rnd.nextInt(9000),
              null);
          default -> new AdminPort("named", null, 0, 0, PORTS[rnd.nextInt(PORTS.length)].name());
        });
      }
    }
    return new AdminRule(action, peers, ports);
  }

  private List<AdminRule> adminRules(boolean baseline, boolean egress) {
    List<AdminRule> out = new ArrayList<>();
    for (int i = 0; i < rnd.nextInt(3); i++) {
      out.add(adminRule(baseline, egress));
    }
    return out;
  }

  Scenario next(boolean withAdmin) {
    List<Ns> namespaces = new ArrayList<>();
    List<Pod> pods = new ArrayList<>();
    for (String n : List.of("x", "y", "z")) {
      namespaces.add(new Ns(n, labels(NS_LABELS)));
      for (int i = 0; i < 1 + rnd.nextInt(3); i++) {
        List<NamedPort> ports = new ArrayList<>();
        for (NamedPort p : PORTS) {
          if (rnd.nextInt(3) == 0 && ports.stream().noneMatch(q -> q.name().equals(p.name()))) {
            ports.add(p);
          }
        }
        pods.add(new Pod(n, "p" + i, labels(LABELS), ports, rnd.nextInt(12) == 0));
      }
    }
    List<Policy> policies = new ArrayList<>();
    for (int i = 0; i < rnd.nextInt(5); i++) {
      List<String> types = switch (rnd.nextInt(5)) {
        case 0 -> List.of("Ingress");
        case 1 -> List.of("Egress");
        case 2 -> List.of("Ingress", "Egress");
        default -> null;
      };
      policies.add(new Policy(List.of("x", "y", "z").get(rnd.nextInt(3)), "np" + i,
          selector(LABELS, false), types, rules(), rules()));
    }
    List<Admin> admins = new ArrayList<>();
    if (withAdmin) {
      List<Integer> priorities = new ArrayList<>(List.of(1, 5, 10, 50, 100));
      java.util.Collections.shuffle(priorities, rnd);
      for (int i = 0; i < rnd.nextInt(3); i++) {
        boolean byPods = rnd.nextBoolean();
        admins.add(new Admin("anp" + i, false, priorities.get(i), selector(NS_LABELS, true),
            byPods ? selector(LABELS, false) : null, adminRules(false, false),
            adminRules(false, true)));
      }
      if (rnd.nextBoolean()) {
        admins.add(new Admin("default", true, 0, selector(NS_LABELS, true), null,
            adminRules(true, false), adminRules(true, true)));
      }
    }
    return new Scenario(namespaces, pods, policies, admins);
  }
}
