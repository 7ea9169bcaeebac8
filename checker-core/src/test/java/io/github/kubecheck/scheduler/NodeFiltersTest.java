package io.github.kubecheck.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * NodeUnschedulable, TaintToleration, NodeAffinity and NodePorts, as kube-scheduler's plugins of
 * those names filter, with their reason texts (pkg/scheduler/framework/plugins/*).
 */
class NodeFiltersTest {

  @Test
  void taintTolerationRejectsUntoleratedTaintsBeforeNodeAffinityIsAsked() {
    Sim s = Hand.run(Sim.deployment("train", 1, "1", "1Gi", "nodeSelector: {accelerator: gpu}\n"));
    assertThat(s.message("train-0")).isEqualTo("0/4 nodes are available: "
        + "1 node(s) had untolerated taint {dedicated: gpu}, "
        + "1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, "
        + "2 node(s) didn't match Pod's node affinity/selector. preemption: 0/4 nodes are "
        + "available: 4 Preemption is not helpful for scheduling.");
  }

  @Test
  void anEqualTolerationOfKeyAndValueLetsThePodOntoTheTaintedNode() {
    Sim s = Hand.run(Sim.deployment("train", 1, "1", "1Gi", "nodeSelector: {accelerator: gpu}\n"
        + "tolerations:\n- {key: dedicated, operator: Equal, value: gpu, effect: NoSchedule}\n"));
    assertThat(s.node("train-0")).isEqualTo("gpu");
  }

  @Test
  void aTolerationOfAnotherValueDoesNotTolerate() {
    Sim s = Hand.run(Sim.deployment("train", 1, "1", "1Gi", "nodeSelector: {accelerator: gpu}\n"
        + "tolerations:\n- {key: dedicated, value: tpu, effect: NoSchedule}\n"));
    assertThat(s.message("train-0")).contains("1 node(s) had untolerated taint {dedicated: gpu}");
  }

  @Test
  void existsWithAnEmptyKeyToleratesEveryTaint() {
    Sim s = Hand.run(Sim.deployment("agent", 1, "1", "1Gi",
        "nodeSelector: {node-role.kubernetes.io/control-plane: \"\"}\n"
            + "tolerations:\n- operator: Exists\n"));
    assertThat(s.node("agent-0")).isEqualTo("cp");
  }

  @Test
  void aTolerationForAnotherEffectDoesNotTolerate() {
    Sim s = Hand.run(Sim.deployment("train", 1, "1", "1Gi", "nodeSelector: {accelerator: gpu}\n"
        + "tolerations:\n- {key: dedicated, operator: Exists, effect: NoExecute}\n"));
    assertThat(s.message("train-0")).contains("1 node(s) had untolerated taint {dedicated: gpu}");
  }

  @Test
  void requiredNodeAffinityTermsAreOredAndTheirExpressionsAnded() {
    Sim s = Hand.run(Sim.deployment("app", 2, "1", "1Gi", """
        affinity:
          nodeAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              nodeSelectorTerms:
              - matchExpressions:
                - {key: topology.kubernetes.io/zone, operator: In, values: [zone-a]}
                - {key: cores, operator: Lt, values: ["4"]}
              - matchExpressions:
                - {key: disk, operator: DoesNotExist}
                - {key: cores, operator: Gt, values: ["4"]}
        """));
    // small (zone-a, 2 cores) by the first term; gpu (no disk, 8 cores) is tainted; big has disk.
    assertThat(s.placements()).containsEntry("app-0", "small").containsEntry("app-1", "small");
  }

  @Test
  void matchFieldsSelectsANodeByName() {
    Sim s = Hand.run(Sim.deployment("pin", 1, "1", "1Gi", """
        affinity:
          nodeAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              nodeSelectorTerms:
              - matchFields:
                - {key: metadata.name, operator: NotIn, values: [big]}
        """));
    assertThat(s.node("pin-0")).isEqualTo("small");
  }

  @Test
  void preferredNodeAffinityOutweighsFreeCapacity() {
    Sim s = Hand.run(Sim.deployment("app", 1, "100m", "100Mi", """
        affinity:
          nodeAffinity:
            preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 100
              preference:
                matchExpressions:
                - {key: topology.kubernetes.io/zone, operator: In, values: [zone-a]}
        """));
    assertThat(s.node("app-0")).isEqualTo("small");
  }

  @Test
  void aCordonedNodeIsUnschedulableForPodsThatDoNotTolerateIt() {
    String cordoned = Sim.cluster(Sim.node("only", "4", "8Gi", "", "")).replace("  spec:\n",
        "  spec:\n    unschedulable: true\n");
    Sim s = Sim.on(cordoned, Sim.deployment("app", 1, "1", "1Gi", ""));
    assertThat(s.message("app-0")).isEqualTo("0/1 nodes are available: 1 node(s) were "
        + "unschedulable. preemption: 0/1 nodes are available: 1 Preemption is not helpful for "
        + "scheduling.");
  }

  @Test
  void hostPortsConflictOnTheSameProtocolAndAddress() {
    Sim s = Hand.run(Sim.deployment("edge", 3, "100m", "100Mi", "")
        .replace("        resources:", "        ports:\n        - {containerPort: 80, "
            + "hostPort: 8080}\n        resources:"));
    assertThat(s.placements()).hasSize(2).containsValues("small", "big");
    assertThat(s.message("edge-2")).isEqualTo("0/4 nodes are available: "
        + "1 node(s) had untolerated taint {dedicated: gpu}, "
        + "1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, "
        + "2 node(s) didn't have free ports for the requested pod ports. preemption: 0/4 nodes "
        + "are available: 2 No preemption victims found for incoming pod, 2 Preemption is not "
        + "helpful for scheduling.");
  }

  @Test
  void hostPortsOfDifferentProtocolsDoNotConflict() {
    String tcp = Sim.deployment("a", 1, "100m", "100Mi", "nodeSelector: {disk: ssd}\n")
        .replace("        resources:", "        ports:\n        - {containerPort: 53, "
            + "hostPort: 53}\n        resources:");
    String udp = Sim.deployment("b", 1, "100m", "100Mi", "nodeSelector: {disk: ssd}\n")
        .replace("        resources:", "        ports:\n        - {containerPort: 53, "
            + "hostPort: 53, protocol: UDP}\n        resources:");
    Sim s = Hand.run(tcp + "---\n" + udp);
    assertThat(s.placements()).containsEntry("a-0", "big").containsEntry("b-0", "big");
  }
}
