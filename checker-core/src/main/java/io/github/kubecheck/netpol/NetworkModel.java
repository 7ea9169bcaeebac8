package io.github.kubecheck.netpol;

import io.github.kubecheck.cluster.Cluster;
import io.github.kubecheck.model.Resource;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The network of one run: namespaces, workloads and their pod classes, the policies, and
 * connectivity between any two endpoints under all of them. Built once per run by
 * {@link NetworkAnalysis}; the full matrix is worked out on first use.
 */
public final class NetworkModel {

  private final Inventory inventory;
  private final Compiler compiler;
  private final Evaluator evaluator;
  private final Endpoint.Pods[] podEndpoints;
  private final Map<PodClass, List<Workload>> workloadsByClass = new HashMap<>();
  private volatile Matrix matrix;

  private NetworkModel(Cluster cluster) {
    this.inventory = new Inventory(cluster);
    Selection selection = new Selection(inventory.namespaces, inventory.classes,
        inventory.podNetwork);
    this.compiler = new Compiler(inventory, selection);
    this.evaluator = compiler.evaluator;
    this.podEndpoints = new Endpoint.Pods[inventory.classes.size()];
    for (PodClass c : inventory.classes) {
      podEndpoints[c.index()] = new Endpoint.Pods(c);
    }
    for (Workload w : inventory.workloads) {
      for (PodClass c : w.classes()) {
        workloadsByClass.computeIfAbsent(c, k -> new ArrayList<>()).add(w);
      }
    }
    workloadsByClass.replaceAll((k, v) -> List.copyOf(v));
  }

  public static NetworkModel of(Cluster cluster) {
    return new NetworkModel(cluster);
  }

  public List<NamespaceInfo> namespaces() {
    return inventory.namespaces;
  }

  /** Every workload of the cluster and the input, by namespace and name. */
  public List<Workload> workloads() {
    return inventory.workloads;
  }

  public List<PodClass> classes() {
    return inventory.classes;
  }

  /** Where pods get addresses: the Nodes' podCIDRs, else 10.244.0.0/16. */
  public List<Cidr> podNetwork() {
    return inventory.podNetwork;
  }

  /** The outside ranges the matrix lists. */
  public List<Cidr> outsideRanges() {
    return compiler.outsideRanges;
  }

  public List<NetworkPolicy> networkPolicies() {
    return List.copyOf(compiler.networkPolicies);
  }

  /** Admin policies by priority, then the baseline policy. */
  public List<AdminNetworkPolicy> adminPolicies() {
    return List.copyOf(compiler.adminPolicies);
  }

  public boolean isInput(Resource r) {
    return inventory.isInput(r);
  }

  /** The pod class of the pods an object creates; empty for objects that create none. */
  public Optional<PodClass> classOf(Resource owner) {
    return Optional.ofNullable(inventory.classByOwner.get(owner));
  }

  public List<Workload> workloadsOf(PodClass c) {
    return workloadsByClass.getOrDefault(c, List.of());
  }

  /** The pod classes a NetworkPolicy or admin policy applies to. */
  public List<PodClass> selectedBy(NetworkPolicy p) {
    return classes(compiler.subjects.get(p));
  }

  public List<PodClass> selectedBy(AdminNetworkPolicy p) {
    return classes(compiler.subjects.get(p));
  }

  /**
   * The pod classes a rule's peers take in (for a rule of a direction the policy does not
   * isolate, none: such rules are ignored).
   */
  public List<PodClass> peers(NetworkPolicy.Rule rule) {
    return compiler.compiled(rule).map(c -> {
      List<PodClass> out = new ArrayList<>();
      for (PodClass pc : inventory.classes) {
        if (c.includes(pc.index())) {
          out.add(pc);
        }
      }
      return out;
    }).orElse(List.of());
  }

  /** The pod classes an admin or baseline rule's peers take in. */
  public List<PodClass> peers(AdminNetworkPolicy.Rule rule) {
    return compiler.compiledAdmin(rule).map(c -> {
      List<PodClass> out = new ArrayList<>();
      for (PodClass pc : inventory.classes) {
        if (c.matches(podEndpoints[pc.index()])) {
          out.add(pc);
        }
      }
      return out;
    }).orElse(List.of());
  }

  private List<PodClass> classes(BitSet set) {
    List<PodClass> out = new ArrayList<>();
    if (set != null) {
      for (int c = set.nextSetBit(0); c >= 0; c = set.nextSetBit(c + 1)) {
        out.add(inventory.classes.get(c));
      }
    }
    return out;
  }

  public boolean isolated(PodClass c, Direction d) {
    return evaluator.isolated(d, c);
  }

  /** The NetworkPolicies that isolate the class in this direction. */
  public List<NetworkPolicy> isolating(PodClass c, Direction d) {
    return evaluator.isolating(d, c);
  }

  /** Whether an admin or baseline policy applies to the class in some direction. */
  public boolean adminSubject(PodClass c) {
    for (AdminNetworkPolicy p : compiler.adminPolicies) {
      if (compiler.subjects.get(p).get(c.index())) {
        return true;
      }
    }
    return false;
  }

  /** The ports on which pods of {@code from} can open connections to pods of {@code to}. */
  public PortSet allowed(PodClass from, PodClass to) {
    return connect(podEndpoints[from.index()], podEndpoints[to.index()], Trace.NONE,
        Trace.NONE);
  }

  /** The ports on which pods of {@code from} can reach the outside range or address. */
  public PortSet allowedTo(PodClass from, Cidr outside) {
    return connect(podEndpoints[from.index()], new Endpoint.Range(outside), Trace.NONE,
        Trace.NONE);
  }

  /** The ports on which the outside range or address can reach pods of {@code to}. */
  public PortSet allowedFrom(Cidr outside, PodClass to) {
    return connect(new Endpoint.Range(outside), podEndpoints[to.index()], Trace.NONE,
        Trace.NONE);
  }

  /** What the egress side alone (the policies of {@code from}) lets through to {@code to}. */
  public PortSet egress(PodClass from, PodClass to) {
    return evaluator.allowed(Direction.EGRESS, from, podEndpoints[to.index()], Trace.NONE);
  }

  public PortSet egress(PodClass from, Cidr outside) {
    return evaluator.allowed(Direction.EGRESS, from, new Endpoint.Range(outside), Trace.NONE);
  }

  /** Egress of the source and ingress of the destination, each only where it is a pod. */
  private PortSet connect(Endpoint from, Endpoint to, Trace egress, Trace ingress) {
    PortSet out = PortSet.ALL;
    if (from instanceof Endpoint.Pods s) {
      out = evaluator.allowed(Direction.EGRESS, s.pods(), to, egress);
    }
    if (out.isEmpty()) {
      return out;
    }
    if (to instanceof Endpoint.Pods d) {
      out = out.intersect(evaluator.allowed(Direction.INGRESS, d.pods(), from, ingress));
    }
    return out;
  }

  /** The classes a source reaches, by index, and the ports for each. */
  record Row(int[] targets, PortSet[] ports) {}

  /**
   * Where pods of {@code from} can open connections: the egress side in one pass over the rules'
   * peer sets where only NetworkPolicies decide it, the ingress side for each destination that
   * egress lets through.
   */
  Row row(PodClass from) {
    List<PodClass> all = inventory.classes;
    java.util.BitSet reached = new java.util.BitSet();
    PortSet[] egress = evaluator.egressRow(from, all, reached);
    if (egress == null) {
      egress = new PortSet[all.size()];
      for (PodClass d : all) {
        PortSet e = evaluator.allowed(Direction.EGRESS, from, podEndpoints[d.index()],
            Trace.NONE);
        if (!e.isEmpty()) {
          egress[d.index()] = e;
          reached.set(d.index());
        }
      }
    }
    Endpoint.Pods source = podEndpoints[from.index()];
    int[] targets = new int[reached.cardinality()];
    PortSet[] ports = new PortSet[targets.length];
    int n = 0;
    for (int d = reached.nextSetBit(0); d >= 0; d = reached.nextSetBit(d + 1)) {
      PortSet p = egress[d].intersect(evaluator.allowed(Direction.INGRESS, all.get(d), source,
          Trace.NONE));
      if (!p.isEmpty()) {
        targets[n] = d;
        ports[n++] = p;
      }
    }
    return new Row(java.util.Arrays.copyOf(targets, n), java.util.Arrays.copyOf(ports, n));
  }

  /** Whether nothing at all restricts the class's traffic in this direction. */
  boolean unrestricted(PodClass c, Direction d) {
    return evaluator.unrestricted(d, c);
  }

  Evaluator evaluator() {
    return evaluator;
  }

  Endpoint.Pods endpoint(PodClass c) {
    return podEndpoints[c.index()];
  }

  /** The ports on which {@code from} can open connections to {@code to}. */
  public PortSet allowed(NetworkEndpoint from, NetworkEndpoint to) {
    PortSet out = PortSet.NONE;
    for (Endpoint f : endpoints(from)) {
      for (Endpoint t : endpoints(to)) {
        out = out.union(connect(f, t, Trace.NONE, Trace.NONE));
      }
    }
    return out;
  }

  /**
   * The can-reach answer: on which of the {@code asked} ports {@code from} gets through to
   * {@code to}, with what each policy did in each direction. A workload whose pods fall in
   * several classes reaches where any of its pods reaches.
   */
  public Reachability reach(NetworkEndpoint from, NetworkEndpoint to, PortSet asked) {
    Recorder egress = new Recorder();
    Recorder ingress = new Recorder();
    PortSet allowed = PortSet.NONE;
    PortSet egressAllowed = PortSet.NONE;
    PortSet ingressAllowed = PortSet.NONE;
    for (Endpoint f : endpoints(from)) {
      for (Endpoint t : endpoints(to)) {
        allowed = allowed.union(connect(f, t, Trace.NONE, Trace.NONE).intersect(asked));
        PortSet e = f instanceof Endpoint.Pods s
            ? evaluator.allowed(Direction.EGRESS, s.pods(), t, egress) : PortSet.ALL;
        PortSet i = t instanceof Endpoint.Pods d
            ? evaluator.allowed(Direction.INGRESS, d.pods(), f, ingress) : PortSet.ALL;
        egressAllowed = egressAllowed.union(e.intersect(asked));
        ingressAllowed = ingressAllowed.union(i.intersect(asked));
      }
    }
    return new Reachability(from, to, asked, allowed,
        new DirectionVerdict(Direction.EGRESS, from.name(),
            from instanceof NetworkEndpoint.OfWorkload, egressAllowed, egress.decisions(asked)),
        new DirectionVerdict(Direction.INGRESS, to.name(),
            to instanceof NetworkEndpoint.OfWorkload, ingressAllowed, ingress.decisions(asked)));
  }

  private List<Endpoint> endpoints(NetworkEndpoint e) {
    if (e instanceof NetworkEndpoint.OfWorkload w) {
      return w.workload().classes().stream().<Endpoint>map(c -> podEndpoints[c.index()])
          .toList();
    }
    return List.of(new Endpoint.Range(((NetworkEndpoint.Outside) e).range()));
  }

  /**
   * Reads FROM or TO: {@code NAMESPACE/NAME}, {@code NAMESPACE/KIND/NAME}, or an IP address for
   * outside the cluster.
   */
  public Optional<NetworkEndpoint> endpoint(String text) {
    Optional<IpAddress> ip = IpAddress.parse(text);
    if (ip.isPresent()) {
      return Optional.of(new NetworkEndpoint.Outside(Cidr.host(ip.get())));
    }
    return workload(text).map(NetworkEndpoint.OfWorkload::new);
  }

  public Optional<Workload> workload(String text) {
    List<Workload> matches = inventory.workloads.stream().filter(w -> w.name().equals(text)
        || (w.namespace() + "/" + w.kind() + "/" + w.objectName()).equalsIgnoreCase(text)
        && text.startsWith(w.namespace() + "/") && text.endsWith("/" + w.objectName()))
        .toList();
    if (matches.size() == 1) {
      return Optional.of(matches.get(0));
    }
    return Optional.empty();
  }

  /** Why {@link #endpoint} found nothing, in one sentence fit for a usage error. */
  public String unknownEndpoint(String text) {
    String ns = text.contains("/") ? text.substring(0, text.indexOf('/')) : "";
    List<String> there = inventory.workloads.stream().filter(w -> w.namespace().equals(ns))
        .map(Workload::name).toList();
    if (!text.contains("/")) {
      return "\"" + text + "\" is neither NAMESPACE/WORKLOAD nor an IP address";
    }
    return "no workload \"" + text + "\""
        + (there.isEmpty() ? " (no workloads in namespace \"" + ns + "\")"
            : "; workloads in " + ns + ": " + String.join(", ", there));
  }

  /** The whole matrix, worked out on first use. */
  public Matrix matrix() {
    Matrix m = matrix;
    if (m == null) {
      synchronized (this) {
        if (matrix == null) {
          matrix = new MatrixBuilder(this).build();
        }
        m = matrix;
      }
    }
    return m;
  }
}
