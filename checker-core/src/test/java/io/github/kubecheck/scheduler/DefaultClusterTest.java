package io.github.kubecheck.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default cluster: three free workers and a tainted control plane. */
class DefaultClusterTest {

  @Test
  void leastAllocatedSpreadsEqualPodsOverTheWorkersInNameOrder() {
    Sim s = Sim.of(Sim.deployment("web", 3, "1", "1Gi", ""));
    assertThat(s.placements()).isEqualTo(Map.of("web-0", "worker-1", "web-1", "worker-2",
        "web-2", "worker-3"));
  }

  @Test
  void anOverLargePodGetsTheFailedSchedulingMessageWithItsPreemptionPart() {
    Sim s = Sim.of(Sim.deployment("big", 1, "5", "1Gi", ""));
    assertThat(s.message("big-0")).isEqualTo("0/4 nodes are available: 1 node(s) had "
        + "untolerated taint {node-role.kubernetes.io/control-plane: }, 3 Insufficient cpu. "
        + "preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, "
        + "3 No preemption victims found for incoming pod.");
  }
}
