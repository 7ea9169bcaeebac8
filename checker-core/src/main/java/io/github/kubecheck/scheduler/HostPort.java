package io.github.kubecheck.scheduler;

/** A host port a pod claims on its node: protocol, host IP ({@code 0.0.0.0} when not set), port. */
record HostPort(String protocol, String ip, int port) {

  /** Whether two claims collide, as the NodePorts plugin decides: same port and protocol, and
   * the same IP or either on every address. */
  boolean conflicts(HostPort o) {
    return port == o.port && protocol.equals(o.protocol)
        && (ip.equals(o.ip) || ip.equals("0.0.0.0") || o.ip.equals("0.0.0.0"));
  }
}
