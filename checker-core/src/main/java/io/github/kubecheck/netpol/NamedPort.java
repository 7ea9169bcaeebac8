package io.github.kubecheck.netpol;

import io.github.kubecheck.model.IntOrString;
import java.util.List;

/** A container port that has a name, which policies may use instead of its number. */
public record NamedPort(String name, Protocol protocol, int number) implements Comparable<NamedPort> {

  /**
   * The port a Service's {@code targetPort} reaches on pods with these named ports: the number,
   * or the ports of that name and protocol; empty when a name finds none.
   */
  public static PortSet target(IntOrString targetPort, Protocol protocol, List<NamedPort> ports) {
    if (targetPort.isNumber()) {
      return PortSet.port(protocol, targetPort.number().get());
    }
    PortSet out = PortSet.NONE;
    for (NamedPort p : ports) {
      if (p.name().equals(targetPort.text()) && p.protocol() == protocol) {
        out = out.union(PortSet.port(protocol, p.number()));
      }
    }
    return out;
  }

  @Override
  public int compareTo(NamedPort o) {
    int c = name.compareTo(o.name);
    if (c != 0) {
      return c;
    }
    c = protocol.compareTo(o.protocol);
    return c != 0 ? c : Integer.compare(number, o.number);
  }
}
