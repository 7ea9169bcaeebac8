package io.github.kubecheck.netpol;

import java.util.List;
import java.util.Optional;

/**
 * The {@code --port PORT[/PROTO]} of can-reach: a number or a port name, TCP unless a protocol
 * is given. A name is resolved at the destination, as policies resolve it.
 *
 * @param protocol empty when a name is given without one (any protocol of that name)
 */
public record PortQuery(Optional<Integer> number, Optional<String> name,
    Optional<Protocol> protocol) {

  /** Empty when the text is not PORT[/PROTO] with a port 1-65535 and TCP, UDP or SCTP. */
  public static Optional<PortQuery> parse(String text) {
    String port = text;
    Optional<Protocol> protocol = Optional.empty();
    int slash = text.indexOf('/');
    if (slash >= 0) {
      port = text.substring(0, slash);
      protocol = Protocol.parseLenient(text.substring(slash + 1));
      if (protocol.isEmpty()) {
        return Optional.empty();
      }
    }
    if (port.isEmpty()) {
      return Optional.empty();
    }
    if (port.chars().allMatch(Character::isDigit)) {
      if (port.length() > 5 || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
        return Optional.empty();
      }
      return Optional.of(new PortQuery(Optional.of(Integer.parseInt(port)), Optional.empty(),
          protocol.or(() -> Optional.of(Protocol.TCP))));
    }
    return Optional.of(new PortQuery(Optional.empty(), Optional.of(port), protocol));
  }

  /** The ports asked about on a destination with these named ports; empty if none matches. */
  public PortSet resolve(List<NamedPort> destination) {
    if (number.isPresent()) {
      return PortSet.port(protocol.orElse(Protocol.TCP), number.get());
    }
    PortSet out = PortSet.NONE;
    for (NamedPort p : destination) {
      if (p.name().equals(name.get()) && protocol.map(x -> x == p.protocol()).orElse(true)) {
        out = out.union(PortSet.port(p.protocol(), p.number()));
      }
    }
    return out;
  }

  /** The ports asked about at a workload or outside endpoint; empty when a name finds none. */
  public PortSet resolve(NetworkEndpoint destination) {
    if (destination instanceof NetworkEndpoint.OfWorkload w) {
      PortSet out = PortSet.NONE;
      for (PodClass c : w.workload().classes()) {
        out = out.union(resolve(c.namedPorts()));
      }
      return out;
    }
    return resolve(List.of());
  }
}
