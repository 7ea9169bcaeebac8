package io.github.kubecheck.scheduler;

/**
 * The hand-written four-node cluster of the scenario tests: a tainted control plane and a small
 * worker in zone-a, a tainted GPU node in zone-b, a big worker with SSDs in zone-c.
 */
final class Hand {

  static final String CLUSTER = Sim.cluster(
      Sim.node("cp", "4", "8Gi", "topology.kubernetes.io/zone=zone-a,"
          + "node-role.kubernetes.io/control-plane=", "node-role.kubernetes.io/control-plane:NoSchedule"),
      Sim.node("small", "2", "4Gi", "topology.kubernetes.io/zone=zone-a,cores=2", ""),
      Sim.node("gpu", "8", "32Gi", "topology.kubernetes.io/zone=zone-b,accelerator=gpu,cores=8",
          "dedicated=gpu:NoSchedule"),
      Sim.node("big", "8", "32Gi", "topology.kubernetes.io/zone=zone-c,disk=ssd,cores=8", ""));

  private Hand() {}

  static Sim run(String input) {
    return Sim.on(CLUSTER, input);
  }

  /** The hand cluster plus more items (each starting with "- "). */
  static Sim runWith(String extraClusterItems, String input) {
    return Sim.on(CLUSTER + extraClusterItems, input);
  }
}
