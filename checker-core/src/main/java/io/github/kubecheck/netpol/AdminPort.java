package io.github.kubecheck.netpol;

import java.util.List;

/** One entry of an admin policy rule's {@code ports}. */
public sealed interface AdminPort {

  int index();

  /** The ports this entry matches on a destination with these named ports. */
  PortSet resolve(List<NamedPort> destination);

  /** {@code portNumber}: one port of one protocol. */
  record Number(int index, Protocol protocol, int port) implements AdminPort {
    @Override
    public PortSet resolve(List<NamedPort> destination) {
      return PortSet.port(protocol, port);
    }
  }

  /** {@code portRange}: start to end inclusive. */
  record Range(int index, Protocol protocol, int start, int end) implements AdminPort {
    @Override
    public PortSet resolve(List<NamedPort> destination) {
      return PortSet.range(protocol, start, end);
    }
  }

  /** {@code namedPort}: the destination pod's container ports of that name, any protocol. */
  record Named(int index, String name) implements AdminPort {
    @Override
    public PortSet resolve(List<NamedPort> destination) {
      PortSet out = PortSet.NONE;
      for (NamedPort p : destination) {
        if (p.name().equals(name)) {
          out = out.union(PortSet.port(p.protocol(), p.number()));
        }
      }
      return out;
    }
  }

  /** An entry the CRD's validation would refuse; it matches nothing. */
  record Invalid(int index) implements AdminPort {
    @Override
    public PortSet resolve(List<NamedPort> destination) {
      return PortSet.NONE;
    }
  }
}
