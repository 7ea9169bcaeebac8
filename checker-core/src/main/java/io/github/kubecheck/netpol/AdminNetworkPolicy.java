package io.github.kubecheck.netpol;

import io.github.kubecheck.model.LabelSelector;
import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.SequenceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An AdminNetworkPolicy or BaselineAdminNetworkPolicy (policy.networking.k8s.io/v1alpha1), as the
 * network-policy-api project specifies them: cluster-scoped, a subject (pods picked by namespace
 * and pod labels), and ordered rules whose action is Allow, Deny or Pass (Pass only for the admin
 * tier). Admin policies are evaluated before NetworkPolicies, lower priority values first;
 * the baseline policy after them, for pods no NetworkPolicy isolates.
 *
 * @param priority 0-1000 for an admin policy; 0 for the baseline one
 * @param subject empty when the subject is unreadable (it selects nothing)
 */
public record AdminNetworkPolicy(Resource resource, Tier tier, int priority,
    Optional<Subject> subject, List<Rule> ingress, List<Rule> egress) {

  public AdminNetworkPolicy {
    ingress = List.copyOf(ingress);
    egress = List.copyOf(egress);
  }

  /** Where a policy sits in the evaluation order. */
  public enum Tier {
    ADMIN("AdminNetworkPolicy"),
    BASELINE("BaselineAdminNetworkPolicy");

    private final String kind;

    Tier(String kind) {
      this.kind = kind;
    }

    public String kind() {
      return kind;
    }
  }

  /** What a matching rule does with the traffic. */
  public enum Action {
    ALLOW("Allow"),
    DENY("Deny"),
    PASS("Pass");

    private final String text;

    Action(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  /** The pods the policy applies to (host-network pods never). */
  public record Subject(LabelSelector namespaceSelector, LabelSelector podSelector) {}

  /**
   * One rule. {@code ports} empty means the rule does not filter by port.
   *
   * @param action empty when the value is not one the tier accepts (the rule is ignored)
   */
  public record Rule(Resource policy, Direction direction, int index, String name,
      Optional<Action> action, List<AdminPeer> peers, Optional<List<AdminPort>> ports) {

    public Rule {
      peers = List.copyOf(peers);
      ports = ports.map(List::copyOf);
    }

    public String path() {
      return "spec." + direction.field() + "[" + index + "]";
    }

    public Location locate() {
      return policy.locate(path());
    }

    /** "egress[0] (allow-dns)": how explanations name the rule. */
    public String describe() {
      return direction.field() + "[" + index + "]" + (name.isEmpty() ? "" : " (" + name + ")");
    }

    public PortSet ports(List<NamedPort> destination) {
      if (ports.isEmpty() || ports.get().isEmpty()) {
        return PortSet.ALL;
      }
      PortSet out = PortSet.NONE;
      for (AdminPort p : ports.get()) {
        out = out.union(p.resolve(destination));
      }
      return out;
    }
  }

  private static final String GROUP = "policy.networking.k8s.io";

  /**
   * Reads an admin or baseline policy; empty for other kinds, for an admin policy whose priority
   * is missing or outside 0-1000, and for a baseline policy not named {@code default} (the only
   * name its CRD admits).
   */
  public static boolean isAdminPolicy(Resource r) {
    return r.is(GROUP, "AdminNetworkPolicy") || r.is(GROUP, "BaselineAdminNetworkPolicy");
  }

  public static Optional<AdminNetworkPolicy> of(Resource r) {
    Tier tier;
    if (r.is(GROUP, "AdminNetworkPolicy")) {
      tier = Tier.ADMIN;
    } else if (r.is(GROUP, "BaselineAdminNetworkPolicy")) {
      tier = Tier.BASELINE;
    } else {
      return Optional.empty();
    }
    MappingNode spec = r.spec();
    int priority = 0;
    if (tier == Tier.ADMIN) {
      Optional<Long> p = spec.get("priority").flatMap(Node::asScalar).flatMap(s -> s.asLong());
      if (p.isEmpty() || p.get() < 0 || p.get() > 1000) {
        return Optional.empty();
      }
      priority = p.get().intValue();
    } else if (!r.name().equals("default")) {
      return Optional.empty();
    }
    Optional<Subject> subject = spec.mapping("subject").flatMap(AdminNetworkPolicy::subject);
    return Optional.of(new AdminNetworkPolicy(r, tier, priority, subject,
        rules(r, tier, spec, Direction.INGRESS), rules(r, tier, spec, Direction.EGRESS)));
  }

  private static Optional<Subject> subject(MappingNode m) {
    Optional<MappingNode> ns = m.mapping("namespaces");
    Optional<MappingNode> pods = m.mapping("pods");
    if (ns.isPresent() == pods.isPresent()) {
      return Optional.empty();
    }
    return ns.map(n -> new Subject(LabelSelector.of(n), LabelSelector.EVERYTHING))
        .or(() -> pods.map(AdminNetworkPolicy::namespacedPods));
  }

  private static Subject namespacedPods(MappingNode p) {
    return new Subject(selector(p, "namespaceSelector"), selector(p, "podSelector"));
  }

  private static LabelSelector selector(MappingNode m, String key) {
    return m.mapping(key).map(LabelSelector::of).orElse(LabelSelector.EVERYTHING);
  }

  private static List<Rule> rules(Resource r, Tier tier, MappingNode spec, Direction d) {
    List<Rule> out = new ArrayList<>();
    spec.sequence(d.field()).ifPresent(s -> {
      for (int i = 0; i < s.size(); i++) {
        int index = i;
        s.get(i).flatMap(Node::asMapping).ifPresent(m -> out.add(rule(r, tier, d, index, m)));
      }
    });
    return out;
  }

  private static Rule rule(Resource r, Tier tier, Direction d, int index, MappingNode m) {
    String actionText = m.text("action").orElse("");
    Optional<Action> action = Optional.empty();
    for (Action a : Action.values()) {
      if (a.text().equals(actionText) && (tier == Tier.ADMIN || a != Action.PASS)) {
        action = Optional.of(a);
      }
    }
    List<AdminPeer> peers = new ArrayList<>();
    m.sequence(d.peersField()).ifPresent(s -> {
      for (int i = 0; i < s.size(); i++) {
        int at = i;
        s.get(i).flatMap(Node::asMapping).ifPresent(p -> peers.add(peer(d, at, p)));
      }
    });
    Optional<List<AdminPort>> ports = m.sequence("ports").map(AdminNetworkPolicy::ports);
    return new Rule(r, d, index, m.text("name").orElse(""), action, peers, ports);
  }

  private static AdminPeer peer(Direction d, int index, MappingNode p) {
    if (p.mapping("namespaces").isPresent()) {
      return new AdminPeer.Pods(index, LabelSelector.of(p.mapping("namespaces").get()),
          LabelSelector.EVERYTHING);
    }
    if (p.mapping("pods").isPresent()) {
      MappingNode pods = p.mapping("pods").get();
      return new AdminPeer.Pods(index, selector(pods, "namespaceSelector"),
          selector(pods, "podSelector"));
    }
    if (d == Direction.EGRESS && p.sequence("networks").isPresent()) {
      List<AddressBlock> blocks = new ArrayList<>();
      for (String text : p.sequence("networks").get().texts()) {
        Cidr.parse(text).ifPresent(c -> blocks.add(new AddressBlock(c, List.of())));
      }
      return new AdminPeer.Networks(index, blocks);
    }
    if (d == Direction.EGRESS && p.has("nodes")) {
      return new AdminPeer.Unmodelled(index, "nodes");
    }
    if (d == Direction.EGRESS && p.has("domainNames")) {
      return new AdminPeer.Unmodelled(index, "domainNames");
    }
    return new AdminPeer.Unknown(index);
  }

  private static List<AdminPort> ports(SequenceNode s) {
    List<AdminPort> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      int index = i;
      s.get(i).flatMap(Node::asMapping).ifPresent(m -> out.add(port(index, m)));
    }
    return out;
  }

  private static AdminPort port(int index, MappingNode m) {
    Optional<MappingNode> number = m.mapping("portNumber");
    Optional<MappingNode> range = m.mapping("portRange");
    Optional<String> name = m.text("namedPort");
    int set = (number.isPresent() ? 1 : 0) + (range.isPresent() ? 1 : 0)
        + (name.isPresent() ? 1 : 0);
    if (set != 1) {
      return new AdminPort.Invalid(index);
    }
    if (name.isPresent()) {
      return new AdminPort.Named(index, name.get());
    }
    MappingNode n = number.or(() -> range).get();
    Optional<Protocol> protocol = n.text("protocol").map(Protocol::parse)
        .orElse(Optional.of(Protocol.TCP));
    if (protocol.isEmpty()) {
      return new AdminPort.Invalid(index);
    }
    if (number.isPresent()) {
      Optional<Long> p = integer(n, "port");
      return p.filter(v -> v >= 1 && v <= PortSet.MAX_PORT)
          .<AdminPort>map(v -> new AdminPort.Number(index, protocol.get(), v.intValue()))
          .orElse(new AdminPort.Invalid(index));
    }
    Optional<Long> start = integer(n, "start");
    Optional<Long> end = integer(n, "end");
    if (start.isEmpty() || end.isEmpty() || start.get() < 1 || end.get() > PortSet.MAX_PORT
        || start.get() >= end.get()) {
      return new AdminPort.Invalid(index);
    }
    return new AdminPort.Range(index, protocol.get(), start.get().intValue(),
        end.get().intValue());
  }

  private static Optional<Long> integer(MappingNode m, String key) {
    return m.get(key).flatMap(Node::asScalar).flatMap(s -> s.asLong());
  }

  public List<Rule> rules(Direction d) {
    return d == Direction.INGRESS ? ingress : egress;
  }

  public String name() {
    return resource.name();
  }
}
