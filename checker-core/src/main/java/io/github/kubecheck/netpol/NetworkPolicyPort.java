package io.github.kubecheck.netpol;

import io.github.kubecheck.model.IntOrString;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a NetworkPolicy rule's {@code ports}: a protocol (TCP when left out) and a port
 * number, a number range up to {@code endPort}, a port name, or no port (every port of the
 * protocol).
 *
 * @param protocol empty when the value is not one the API accepts (the entry matches nothing)
 * @param port the number or name, when given
 * @param endPort the end of the range, when given
 */
public record NetworkPolicyPort(int index, Optional<Protocol> protocol, Optional<IntOrString> port,
    Optional<Integer> endPort) {

  static NetworkPolicyPort of(int index, MappingNode m) {
    Optional<Protocol> protocol = m.text("protocol").map(Protocol::parse)
        .orElse(Optional.of(Protocol.TCP));
    Optional<IntOrString> port = m.get("port").flatMap(IntOrString::of);
    Optional<Integer> end = m.get("endPort").flatMap(Node::asScalar).flatMap(s -> s.asLong())
        .map(v -> (int) Math.max(Math.min(v, Integer.MAX_VALUE), Integer.MIN_VALUE));
    return new NetworkPolicyPort(index, protocol, port, end);
  }

  /** The port name, when the entry names one. */
  public Optional<String> name() {
    return port.filter(p -> !p.isNumber()).map(IntOrString::text);
  }

  /** Whether the API server would accept the entry: the rules of NetworkPolicyPort validation. */
  public boolean valid() {
    if (protocol.isEmpty()) {
      return false;
    }
    if (port.isEmpty()) {
      return endPort.isEmpty();
    }
    if (!port.get().isNumber()) {
      return endPort.isEmpty() && !port.get().text().isEmpty();
    }
    int p = port.get().number().get();
    if (p < 1 || p > PortSet.MAX_PORT) {
      return false;
    }
    return endPort.isEmpty() || endPort.get() >= p && endPort.get() <= PortSet.MAX_PORT;
  }

  /**
   * The ports the entry allows on a destination with these named ports: a name resolves to the
   * destination's container ports of that name and the entry's protocol, as the network plugin
   * resolves it per pod.
   */
  public PortSet resolve(List<NamedPort> destination) {
    if (!valid()) {
      return PortSet.NONE;
    }
    Protocol proto = protocol.get();
    if (port.isEmpty()) {
      return PortSet.allOf(proto);
    }
    if (port.get().isNumber()) {
      int p = port.get().number().get();
      return PortSet.range(proto, p, endPort.orElse(p));
    }
    String name = port.get().text();
    PortSet out = PortSet.NONE;
    for (NamedPort np : destination) {
      if (np.name().equals(name) && np.protocol() == proto) {
        out = out.union(PortSet.port(proto, np.number()));
      }
    }
    return out;
  }
}
