package io.github.kubecheck.netpol;

import io.github.kubecheck.cluster.Cluster;
import io.github.kubecheck.model.ContainerPort;
import io.github.kubecheck.model.GroupVersion;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.model.Workloads;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the network sees of the cluster: namespaces with their labels, the pod network, and the
 * workloads with their pod classes. Input objects replace existing objects of the same identity,
 * as applying them would.
 */
final class Inventory {

  /** Where pods get addresses when no Node says ({@code spec.podCIDR}): kubeadm's usual one. */
  static final Cidr DEFAULT_POD_NETWORK = Cidr.parse("10.244.0.0/16").orElseThrow();

  private static final int MAX_OWNER_DEPTH = 8;

  final List<Resource> objects;
  final List<NamespaceInfo> namespaces;
  final List<Cidr> podNetwork;
  final List<Workload> workloads;
  final List<PodClass> classes;
  /** The class of each object's pod template. */
  final Map<Resource, PodClass> classByOwner = new IdentityHashMap<>();
  private final Set<Resource> input;

  Inventory(Cluster cluster) {
    this.input = Collections.newSetFromMap(new IdentityHashMap<>());
    input.addAll(cluster.input());
    this.objects = effective(cluster);
    this.namespaces = namespaces(objects);
    this.podNetwork = podNetwork(objects);
    List<PodClass> classList = new ArrayList<>();
    this.workloads = workloads(classList);
    this.classes = List.copyOf(classList);
  }

  boolean isInput(Resource r) {
    return input.contains(r);
  }

  private static String identity(Resource r) {
    return r.group() + "/" + r.kind() + "/" + r.effectiveNamespace() + "/" + r.name();
  }

  private static List<Resource> effective(Cluster cluster) {
    Map<String, Resource> byId = new LinkedHashMap<>();
    for (Resource r : cluster.all()) {
      byId.put(identity(r), r);
    }
    return List.copyOf(byId.values());
  }

  private static List<NamespaceInfo> namespaces(List<Resource> objects) {
    Map<String, Map<String, String>> labels = new TreeMap<>();
    for (Resource r : objects) {
      if (r.is("", "Namespace") && !r.name().isEmpty()) {
        labels.put(r.name(), new TreeMap<>(r.labels()));
      }
    }
    for (Resource r : objects) {
      String ns = r.effectiveNamespace();
      if (!ns.isEmpty()) {
        labels.computeIfAbsent(ns, k -> new TreeMap<>());
      }
    }
    List<NamespaceInfo> out = new ArrayList<>();
    labels.forEach((name, l) -> {
      l.put(NamespaceInfo.NAME_LABEL, name);
      out.add(new NamespaceInfo(name, l));
    });
    return List.copyOf(out);
  }

  private static List<Cidr> podNetwork(List<Resource> objects) {
    Set<Cidr> out = new TreeSet<>();
    for (Resource r : objects) {
      if (r.is("", "Node")) {
        r.spec().text("podCIDR").flatMap(Cidr::parse).ifPresent(out::add);
        r.spec().sequence("podCIDRs").ifPresent(s -> s.texts().forEach(
            t -> Cidr.parse(t).ifPresent(out::add)));
      }
    }
    // Node ranges are slices of one cluster network; without them assume the usual one.
    return out.isEmpty() ? List.of(DEFAULT_POD_NETWORK) : List.copyOf(out);
  }

  /** A workload's identity: group/kind, namespace, name. */
  private record Owner(String kind, String namespace, String name) {}

  private List<Workload> workloads(List<PodClass> classList) {
    Map<String, Resource> byId = new HashMap<>();
    for (Resource r : objects) {
      byId.put(identity(r), r);
    }
    Map<Owner, List<PodTemplate>> grouped = new TreeMap<>((a, b) -> {
      int c = a.namespace.compareTo(b.namespace);
      c = c != 0 ? c : a.name.compareTo(b.name);
      return c != 0 ? c : a.kind.compareTo(b.kind);
    });
    for (Resource r : objects) {
      if (r.is("", "PodTemplate")) {
        continue;
      }
      Optional<PodTemplate> t = Workloads.podTemplate(r);
      if (t.isPresent()) {
        grouped.computeIfAbsent(owner(r, byId), k -> new ArrayList<>()).add(t.get());
      }
    }
    Map<String, Integer> sameName = new HashMap<>();
    grouped.keySet().forEach(o -> sameName.merge(o.namespace + "/" + o.name, 1, Integer::sum));
    Map<PodClass.Key, PodClass> classes = new LinkedHashMap<>();
    Map<String, NamespaceInfo> nsByName = new HashMap<>();
    namespaces.forEach(n -> nsByName.put(n.name(), n));
    List<Workload> out = new ArrayList<>();
    grouped.forEach((owner, templates) -> {
      List<PodClass> own = new ArrayList<>();
      for (PodTemplate t : templates) {
        PodClass c = classOf(t, nsByName.get(owner.namespace), classes, classList);
        classByOwner.put(t.owner(), c);
        if (!own.contains(c)) {
          own.add(c);
        }
      }
      String shown = owner.namespace + "/" + owner.name;
      if (sameName.get(shown) > 1) {
        shown = owner.namespace + "/" + owner.kind + "/" + owner.name;
      }
      boolean fromInput = templates.stream().anyMatch(t -> isInput(t.owner()));
      out.add(new Workload(shown, owner.namespace, owner.kind, owner.name, templates, own,
          fromInput));
    });
    return List.copyOf(out);
  }

  private static PodClass classOf(PodTemplate t, NamespaceInfo ns,
      Map<PodClass.Key, PodClass> known, List<PodClass> classList) {
    List<NamedPort> ports = new ArrayList<>();
    t.containers().stream().filter(c -> c.kind().longRunning())
        .flatMap(c -> c.declaredPorts().stream())
        .filter(p -> !p.name().isEmpty())
        .forEach(p -> namedPort(p).filter(n -> !ports.contains(n)).ifPresent(ports::add));
    Collections.sort(ports);
    List<IpAddress> addresses = t.path().isEmpty() ? podAddresses(t.owner()) : List.of();
    boolean host = t.spec().bool("hostNetwork").orElse(false);
    PodClass.Key key = new PodClass.Key(ns.name(), Map.copyOf(t.labels()), List.copyOf(ports),
        addresses, host);
    return known.computeIfAbsent(key, k -> {
      PodClass c = new PodClass(classList.size(), ns.name(), ns.labels(), k.labels(),
          k.namedPorts(), k.addresses(), k.hostNetwork());
      classList.add(c);
      return c;
    });
  }

  private static Optional<NamedPort> namedPort(ContainerPort p) {
    return Protocol.parse(p.protocol()).map(proto -> new NamedPort(p.name(), proto,
        p.containerPort()));
  }

  /** A Pod's addresses from its status, as exported from a live cluster. */
  private static List<IpAddress> podAddresses(Resource pod) {
    Set<IpAddress> out = new TreeSet<>();
    Optional<MappingNode> status = pod.node().mapping("status");
    status.flatMap(s -> s.text("podIP")).flatMap(IpAddress::parse).ifPresent(out::add);
    status.flatMap(s -> s.sequence("podIPs")).ifPresent(s -> s.mappings()
        .forEach(m -> m.text("ip").flatMap(IpAddress::parse).ifPresent(out::add)));
    return List.copyOf(out);
  }

  /**
   * Follows controller owner references through objects that exist; a reference to an object
   * that is not there still names the workload. A Pod of a Deployment whose ReplicaSet was not
   * exported is matched to the Deployment through its pod-template-hash label.
   */
  private static Owner owner(Resource r, Map<String, Resource> byId) {
    Resource current = r;
    for (int depth = 0; depth < MAX_OWNER_DEPTH; depth++) {
      Optional<MappingNode> ref = controllerRef(current);
      if (ref.isEmpty()) {
        break;
      }
      String kind = ref.get().text("kind").orElse("");
      String name = ref.get().text("name").orElse("");
      String group = GroupVersion.parse(ref.get().text("apiVersion").orElse("")).group();
      String ns = current.effectiveNamespace();
      Resource next = byId.get(group + "/" + kind + "/" + ns + "/" + name);
      if (next == null && kind.equals("ReplicaSet")) {
        String hash = current.labels().getOrDefault("pod-template-hash", "");
        if (!hash.isEmpty() && name.endsWith("-" + hash)) {
          next = byId.get("apps/Deployment/" + ns + "/"
              + name.substring(0, name.length() - hash.length() - 1));
        }
      }
      if (next == null || !Workloads.createsPods(next)) {
        return new Owner(kind, ns, name);
      }
      current = next;
    }
    return new Owner(current.kind(), current.effectiveNamespace(), current.name());
  }

  private static Optional<MappingNode> controllerRef(Resource r) {
    return r.metadata().sequence("ownerReferences").flatMap(s -> s.mappings()
        .filter(m -> m.get("controller").flatMap(Node::asScalar).flatMap(x -> x.asBoolean())
            .orElse(false))
        .findFirst());
  }
}
