package io.github.kubecheck.netpol;

import io.github.kubecheck.model.LabelSelector;
import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.SequenceNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A networking.k8s.io/v1 NetworkPolicy as a network plugin enforces it: the pods of its namespace
 * that {@code podSelector} picks, the directions it isolates them in, and the rules that allow
 * traffic. Fields of the wrong type read as absent.
 *
 * @param policyTypes as written, or as the API server defaults them when left out: Ingress
 *     always, Egress when the policy has egress rules
 */
public record NetworkPolicy(Resource resource, LabelSelector podSelector,
    Set<Direction> policyTypes, List<Rule> ingress, List<Rule> egress) {

  public NetworkPolicy {
    policyTypes = Set.copyOf(policyTypes);
    ingress = List.copyOf(ingress);
    egress = List.copyOf(egress);
  }

  /**
   * One ingress or egress rule. An empty or missing peer list matches every peer, pods and
   * addresses alike; an empty or missing port list matches every port.
   */
  public record Rule(Resource policy, Direction direction, int index, boolean allPeers,
      List<NetworkPolicyPeer> peers, boolean allPorts, List<NetworkPolicyPort> ports) {

    public Rule {
      peers = List.copyOf(peers);
      ports = List.copyOf(ports);
    }

    /** {@code spec.ingress[0]}. */
    public String path() {
      return "spec." + direction.field() + "[" + index + "]";
    }

    public Location locate() {
      return policy.locate(path());
    }

    public Location locatePeer(NetworkPolicyPeer peer) {
      return policy.locate(path() + "." + direction.peersField() + "[" + peer.index() + "]");
    }

    public Location locatePort(NetworkPolicyPort port) {
      String at = path() + ".ports[" + port.index() + "]";
      return policy.locate(port.port().isPresent() ? at + ".port" : at);
    }

    /** The ports this rule allows to a destination with these named ports. */
    public PortSet ports(List<NamedPort> destination) {
      if (allPorts) {
        return PortSet.ALL;
      }
      PortSet out = PortSet.NONE;
      for (NetworkPolicyPort p : ports) {
        out = out.union(p.resolve(destination));
      }
      return out;
    }
  }

  public static boolean isNetworkPolicy(Resource r) {
    return r.is("networking.k8s.io", "NetworkPolicy");
  }

  public static NetworkPolicy of(Resource r) {
    MappingNode spec = r.spec();
    LabelSelector selector = spec.mapping("podSelector").map(LabelSelector::of)
        .orElse(LabelSelector.EVERYTHING);
    List<Rule> ingress = rules(r, spec, Direction.INGRESS);
    List<Rule> egress = rules(r, spec, Direction.EGRESS);
    Set<Direction> types = EnumSet.noneOf(Direction.class);
    List<String> written = spec.sequence("policyTypes").map(SequenceNode::texts)
        .orElse(List.of());
    for (Direction d : Direction.values()) {
      if (written.contains(d.policyType())) {
        types.add(d);
      }
    }
    if (written.isEmpty()) {
      types.add(Direction.INGRESS);
      if (!egress.isEmpty()) {
        types.add(Direction.EGRESS);
      }
    }
    return new NetworkPolicy(r, selector, types, ingress, egress);
  }

  private static List<Rule> rules(Resource r, MappingNode spec, Direction d) {
    List<Rule> out = new ArrayList<>();
    spec.sequence(d.field()).ifPresent(s -> {
      for (int i = 0; i < s.size(); i++) {
        int index = i;
        s.get(i).flatMap(Node::asMapping).ifPresent(m -> out.add(rule(r, d, index, m)));
      }
    });
    return out;
  }

  private static Rule rule(Resource r, Direction d, int index, MappingNode m) {
    List<NetworkPolicyPeer> peers = new ArrayList<>();
    Optional<SequenceNode> peerList = m.sequence(d.peersField());
    peerList.ifPresent(s -> {
      for (int i = 0; i < s.size(); i++) {
        int at = i;
        s.get(i).flatMap(Node::asMapping).ifPresent(p -> peers.add(peer(at, p)));
      }
    });
    List<NetworkPolicyPort> ports = new ArrayList<>();
    Optional<SequenceNode> portList = m.sequence("ports");
    portList.ifPresent(s -> {
      for (int i = 0; i < s.size(); i++) {
        int at = i;
        s.get(i).flatMap(Node::asMapping).ifPresent(p -> ports.add(NetworkPolicyPort.of(at, p)));
      }
    });
    boolean allPeers = peerList.map(s -> s.size() == 0).orElse(true);
    boolean allPorts = portList.map(s -> s.size() == 0).orElse(true);
    return new Rule(r, d, index, allPeers, peers, allPorts, ports);
  }

  private static NetworkPolicyPeer peer(int index, MappingNode m) {
    Optional<MappingNode> block = m.mapping("ipBlock");
    Optional<MappingNode> ns = m.mapping("namespaceSelector");
    Optional<MappingNode> pods = m.mapping("podSelector");
    if (block.isPresent()) {
      if (ns.isPresent() || pods.isPresent()) {
        return new NetworkPolicyPeer.Invalid(index,
            "ipBlock cannot be combined with namespaceSelector or podSelector");
      }
      return ipBlock(index, block.get());
    }
    if (ns.isEmpty() && pods.isEmpty()) {
      return new NetworkPolicyPeer.Invalid(index, "names no podSelector, namespaceSelector or "
          + "ipBlock");
    }
    return new NetworkPolicyPeer.Pods(index, ns.map(LabelSelector::of),
        pods.map(LabelSelector::of).orElse(LabelSelector.EVERYTHING));
  }

  private static NetworkPolicyPeer ipBlock(int index, MappingNode block) {
    String text = block.text("cidr").orElse("");
    Optional<Cidr> cidr = Cidr.parse(text);
    if (cidr.isEmpty()) {
      return new NetworkPolicyPeer.Invalid(index, "ipBlock cidr \"" + text + "\" is not a CIDR");
    }
    List<Cidr> except = new ArrayList<>();
    for (String e : block.sequence("except").map(SequenceNode::texts).orElse(List.of())) {
      Optional<Cidr> c = Cidr.parse(e);
      if (c.isEmpty() || !cidr.get().contains(c.get()) || c.get().equals(cidr.get())) {
        return new NetworkPolicyPeer.Invalid(index, "ipBlock except \"" + e
            + "\" is not a CIDR strictly inside " + cidr.get());
      }
      except.add(c.get());
    }
    return new NetworkPolicyPeer.Block(index, new AddressBlock(cidr.get(), except));
  }

  public String namespace() {
    return resource.effectiveNamespace();
  }

  /** Whether the policy isolates the pods it selects in this direction. */
  public boolean isolates(Direction d) {
    return policyTypes.contains(d);
  }

  public List<Rule> rules(Direction d) {
    return d == Direction.INGRESS ? ingress : egress;
  }

  /** {@code shop/default-deny}. */
  public String name() {
    return namespace() + "/" + resource.name();
  }
}
