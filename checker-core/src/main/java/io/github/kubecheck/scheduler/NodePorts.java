package io.github.kubecheck.scheduler;

/** NodePorts: a host port (protocol, IP, port) already taken on the node. */
final class NodePorts implements FilterPlugin {

  @Override
  public String name() {
    return "NodePorts";
  }

  @Override
  public Rejection filter(Cycle c, NodeState n) {
    if (c.pod.hostPorts().isEmpty() || n.hostPorts().isEmpty()) {
      return null;
    }
    for (HostPort want : c.pod.hostPorts()) {
      for (HostPort used : n.hostPorts()) {
        if (want.conflicts(used)) {
          return Rejection.unschedulable(Reasons.NODE_PORTS);
        }
      }
    }
    return null;
  }
}
