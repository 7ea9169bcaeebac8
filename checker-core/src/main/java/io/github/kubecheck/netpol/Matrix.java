package io.github.kubecheck.netpol;

import java.util.List;

/**
 * Who can connect to whom: one connection per ordered pair of distinct endpoints that can
 * connect at all, in the order of {@link #endpoints()} (outside ranges first, then workloads by
 * name).
 */
public record Matrix(List<NetworkEndpoint> endpoints, List<Connection> connections) {

  public Matrix {
    endpoints = List.copyOf(endpoints);
    connections = List.copyOf(connections);
  }

  /** The ports on which {@code from} can open connections to {@code to}. */
  public record Connection(NetworkEndpoint from, NetworkEndpoint to, PortSet ports) {}
}
