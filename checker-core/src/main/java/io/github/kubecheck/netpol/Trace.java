package io.github.kubecheck.netpol;

import java.util.List;

/** Listens to an evaluation, to explain it. The matrix evaluates without one. */
interface Trace {

  Trace NONE = new Trace() {};

  default void admin(CompiledAdminRule rule, PortSet ports) {}

  default void isolated(List<NetworkPolicy> policies, PortSet ports) {}

  default void allowed(CompiledRule rule, PortSet ports) {}

  default void unrestricted(PortSet ports) {}
}
