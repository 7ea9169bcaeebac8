package io.github.kubecheck.netpol;

/**
 * The answer to {@code can-reach FROM TO}: the ports on which a connection gets through (both the
 * egress of FROM and the ingress of TO allow it), of the ports asked about, and why.
 */
public record Reachability(NetworkEndpoint from, NetworkEndpoint to, PortSet asked,
    PortSet allowed, DirectionVerdict egress, DirectionVerdict ingress) {

  public boolean reachable() {
    return !allowed.isEmpty();
  }
}
