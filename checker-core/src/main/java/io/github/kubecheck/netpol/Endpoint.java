package io.github.kubecheck.netpol;

import java.util.List;

/** One side of a connection while it is evaluated: a class of pods, or outside addresses. */
sealed interface Endpoint {

  /** The named ports a policy port name resolves against when traffic goes to this side. */
  List<NamedPort> namedPorts();

  record Pods(PodClass pods) implements Endpoint {
    @Override
    public List<NamedPort> namedPorts() {
      return pods.namedPorts();
    }
  }

  /**
   * Addresses outside the cluster: one address as a host range, or a range the policies carve
   * out (without the narrower ranges they carve out of it in turn).
   */
  record Range(Cidr range) implements Endpoint {
    @Override
    public List<NamedPort> namedPorts() {
      return List.of();
    }
  }
}
