package io.github.kubecheck.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the controllers create (names per the contract), nodeName and schedulerName, the queue's
 * priority order, DefaultPreemption, and the wording of older versions.
 */
class ExpansionAndPreemptionTest {

  @Test
  void aDaemonSetGetsOnePodPerNodeItToleratesPinnedToThatNode() {
    String ds = """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent, namespace: kube-system}
        spec:
          selector: {matchLabels: {app: agent}}
          template:
            metadata: {labels: {app: agent}}
            spec:
              containers: [{name: a, image: x, resources: {requests: {cpu: 100m}}}]
        """;
    Sim s = Hand.run(ds);
    assertThat(s.placements()).containsEntry("agent-0", "small").containsEntry("agent-1", "big")
        .hasSize(2);
    assertThat(s.schedule.daemonSetGaps()).extracting(DaemonSetGap::node, DaemonSetGap::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("cp", "node(s) had untolerated taint "
                + "{node-role.kubernetes.io/control-plane: }"),
            org.assertj.core.groups.Tuple.tuple("gpu", "node(s) had untolerated taint "
                + "{dedicated: gpu}"));
  }

  @Test
  void aDaemonSetPodThatDoesNotFitItsNodeIsUnschedulableThere() {
    String ds = """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: hog, namespace: kube-system}
        spec:
          selector: {matchLabels: {app: hog}}
          template:
            metadata: {labels: {app: hog}}
            spec:
              containers: [{name: a, image: x, resources: {requests: {cpu: "3"}}}]
        """;
    Sim s = Hand.run(ds);
    assertThat(s.message("hog-0")).isEqualTo("0/4 nodes are available: 1 Insufficient cpu, "
        + "3 node(s) didn't match Pod's node affinity/selector. preemption: 0/4 nodes are "
        + "available: 1 No preemption victims found for incoming pod, 3 Preemption is not "
        + "helpful for scheduling.");
  }

  @Test
  void statefulSetPodsAreNumberedAndGetTheirOwnClaims() {
    String sts = """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db, namespace: shop}
        spec:
          replicas: 2
          serviceName: db
          selector: {matchLabels: {app: db}}
          template:
            metadata: {labels: {app: db}}
            spec:
              containers: [{name: db, image: x}]
          volumeClaimTemplates:
          - metadata: {name: data}
            spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
        """;
    Sim s = Sim.of(sts);
    assertThat(s.placements()).containsKeys("db-0", "db-1");
    assertThat(s.schedule.pods().get(1).claims()).extracting(c -> c.name())
        .containsExactly("data-db-1");
  }

  @Test
  void jobsRunTheirParallelPodsAndCronJobsOneRun() {
    String job = """
        apiVersion: batch/v1
        kind: Job
        metadata: {name: batch, namespace: shop}
        spec:
          parallelism: 3
          completions: 2
          template:
            spec:
              restartPolicy: Never
              containers: [{name: j, image: x}]
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: nightly, namespace: shop}
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers: [{name: j, image: x}]
        """;
    assertThat(Sim.of(job).placements()).containsOnlyKeys("batch-0", "batch-1", "nightly-0");
  }

  @Test
  void nodeNameBypassesTheFiltersAndOtherSchedulersAreSkipped() {
    String pods = """
        apiVersion: v1
        kind: Pod
        metadata: {name: pinned, namespace: shop}
        spec:
          nodeName: cp
          containers: [{name: a, image: x}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: custom, namespace: shop}
        spec:
          schedulerName: my-scheduler
          containers: [{name: a, image: x}]
        """;
    Sim s = Hand.run(pods);
    assertThat(s.node("pinned")).isEqualTo("cp");
    assertThat(s.schedule.skipped()).extracting(SimPod::name).containsExactly("custom");
  }

  private static final String SOLO = Sim.cluster(Sim.node("solo", "2", "4Gi", "", "")) + """
      - apiVersion: scheduling.k8s.io/v1
        kind: PriorityClass
        metadata: {name: high}
        value: 1000
      - apiVersion: scheduling.k8s.io/v1
        kind: PriorityClass
        metadata: {name: polite}
        value: 1000
        preemptionPolicy: Never
      - apiVersion: v1
        kind: Pod
        metadata: {name: low-a, namespace: batch}
        spec:
          nodeName: solo
          containers: [{name: a, image: x, resources: {requests: {cpu: "1"}}}]
      - apiVersion: v1
        kind: Pod
        metadata: {name: low-b, namespace: batch}
        spec:
          nodeName: solo
          containers: [{name: a, image: x, resources: {requests: {cpu: "1"}}}]
      """;

  @Test
  void aHigherPriorityPodPreemptsAsFewLowerPriorityPodsAsItNeeds() {
    Sim s = Sim.on(SOLO, Sim.deployment("urgent", 1, "1", "1Gi",
        "priorityClassName: high\n"));
    Schedule.Placement p = s.schedule.placements().get(0);
    assertThat(p.node()).isEqualTo("solo");
    assertThat(p.preempted()).extracting(SimPod::fullName).containsExactly("batch/low-b");
  }

  @Test
  void preemptionPolicyNeverIsNotEligibleToPreempt() {
    Sim s = Sim.on(SOLO, Sim.deployment("polite", 1, "1", "1Gi",
        "priorityClassName: polite\n"));
    assertThat(s.message("polite-0")).isEqualTo("0/1 nodes are available: 1 Insufficient cpu. "
        + "preemption: not eligible due to preemptionPolicy=Never.");
  }

  @Test
  void equalPriorityFindsNoVictims() {
    Sim s = Sim.on(SOLO, Sim.deployment("same", 1, "1", "1Gi", ""));
    assertThat(s.message("same-0")).isEqualTo("0/1 nodes are available: 1 Insufficient cpu. "
        + "preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.");
  }

  @Test
  void higherPriorityPodsAreScheduledFirst() {
    String input = Sim.deployment("early", 2, "1", "1Gi", "") + "---\n"
        + Sim.deployment("late", 2, "1", "1Gi", "priorityClassName: system-cluster-critical\n");
    Sim s = Sim.on(Sim.cluster(Sim.node("solo", "2", "4Gi", "", "")), input);
    assertThat(s.placements()).containsOnlyKeys("late-0", "late-1");
  }

  @Test
  void olderVersionsWordTheTaintAndThePreemptionPartAsTheyDid() {
    String big = Sim.deployment("big", 1, "5", "1Gi", "");
    assertThat(Sim.run(Optional.empty(), big, "1.27").message("big-0")).isEqualTo(
        "0/4 nodes are available: 1 node(s) had untolerated taint "
            + "{node-role.kubernetes.io/control-plane: }, 3 Insufficient cpu. preemption: 0/4 "
            + "nodes are available: 1 Preemption is not helpful for scheduling., 3 No "
            + "preemption victims found for incoming pod..");
    assertThat(Sim.run(Optional.empty(), big, "1.23").message("big-0")).isEqualTo(
        "0/4 nodes are available: 1 node(s) had taint "
            + "{node-role.kubernetes.io/control-plane: }, that the pod didn't tolerate, "
            + "3 Insufficient cpu.");
  }

  private static final String RUNNING = Sim.cluster(Sim.node("solo", "2", "4Gi", "", "")) + """
      - apiVersion: v1
        kind: Pod
        metadata:
          name: web-5d8f7-abcde
          namespace: shop
          labels: {app: web, pod-template-hash: 5d8f7}
          ownerReferences:
          - {apiVersion: apps/v1, kind: ReplicaSet, name: web-5d8f7, controller: true, uid: x}
        spec:
          nodeName: solo
          containers: [{name: a, image: x, resources: {requests: {cpu: 1500m}}}]
        status: {phase: Running}
      - apiVersion: v1
        kind: Pod
        metadata: {name: done, namespace: shop}
        spec:
          nodeName: solo
          containers: [{name: a, image: x, resources: {requests: {cpu: "2"}}}]
        status: {phase: Succeeded}
      """;

  @Test
  void runningPodsTakeTheirRoomUnlessTheInputAppliesTheirWorkloadAgain() {
    Sim other = Sim.on(RUNNING, Sim.deployment("api", 1, "1", "1Gi", ""));
    assertThat(other.message("api-0")).startsWith("0/1 nodes are available: 1 Insufficient "
        + "cpu.");
    Sim same = Sim.on(RUNNING, Sim.deployment("web", 1, "1", "1Gi", ""));
    assertThat(same.node("web-0")).isEqualTo("solo");
  }

  /** The shape of {@code kubectl get nodes -o yaml}: a List, capacity and allocatable apart. */
  private static final String KUBECTL_NODES = """
      apiVersion: v1
      items:
      - apiVersion: v1
        kind: Node
        metadata:
          labels:
            kubernetes.io/hostname: kind-worker
            kubernetes.io/os: linux
          name: kind-worker
          resourceVersion: "1234"
          uid: 0f1e2d3c
        spec:
          podCIDR: 10.244.1.0/24
          providerID: kind://docker/kind/kind-worker
        status:
          allocatable:
            cpu: "2"
            ephemeral-storage: 102626232Ki
            hugepages-2Mi: "0"
            memory: 8039200Ki
            pods: "110"
          capacity:
            cpu: "2"
            ephemeral-storage: 102626232Ki
            hugepages-2Mi: "0"
            memory: 8141600Ki
            pods: "110"
          conditions:
          - {type: MemoryPressure, status: "False"}
          - {type: Ready, status: "True"}
      - apiVersion: v1
        kind: Node
        metadata:
          labels: {kubernetes.io/hostname: kind-worker2}
          name: kind-worker2
        spec: {}
        status:
          allocatable: {cpu: "2", memory: 8039200Ki, pods: "110"}
          conditions:
          - {type: Ready, status: "False"}
      kind: List
      metadata:
        resourceVersion: ""
      """;

  @Test
  void kubectlNodeListsWorkAndANotReadyNodeGetsItsTaint() {
    Sim s = Sim.on(KUBECTL_NODES, Sim.deployment("web", 2, "500m", "1Gi", ""));
    assertThat(s.placements()).containsEntry("web-0", "kind-worker")
        .containsEntry("web-1", "kind-worker");
    Sim big = Sim.on(KUBECTL_NODES, Sim.deployment("big", 1, "500m", "7900Mi", ""));
    assertThat(big.message("big-0")).isEqualTo("0/2 nodes are available: 1 Insufficient "
        + "memory, 1 node(s) had untolerated taint {node.kubernetes.io/not-ready: }. "
        + "preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, "
        + "1 Preemption is not helpful for scheduling.");
  }

  @Test
  void preemptionSparesThePodsADisruptionBudgetProtects() {
    String protectedB = SOLO.replace("metadata: {name: low-b, namespace: batch}",
        "metadata: {name: low-b, namespace: batch, labels: {app: b}}") + """
        - apiVersion: policy/v1
          kind: PodDisruptionBudget
          metadata: {name: b, namespace: batch}
          spec:
            maxUnavailable: 0
            selector: {matchLabels: {app: b}}
        """;
    Sim s = Sim.on(protectedB, Sim.deployment("urgent", 1, "1", "1Gi",
        "priorityClassName: high\n"));
    assertThat(s.schedule.placements().get(0).preempted()).extracting(SimPod::fullName)
        .containsExactly("batch/low-a");
  }
}
