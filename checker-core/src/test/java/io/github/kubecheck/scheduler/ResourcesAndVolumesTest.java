package io.github.kubecheck.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * NodeResourcesFit (the effective requests of resource helpers' PodRequests), VolumeRestrictions,
 * VolumeBinding and VolumeZone, with kube-scheduler's reason texts.
 */
class ResourcesAndVolumesTest {

  private static String pod(String name, String spec) {
    return "apiVersion: v1\nkind: Pod\nmetadata: {name: " + name + ", namespace: shop}\nspec:\n"
        + Sim.indent(spec, "  ");
  }

  @Test
  void anInitContainerLargerThanTheAppContainersDecidesTheRequest() {
    Sim s = Hand.run(pod("migrate", """
        nodeSelector: {topology.kubernetes.io/zone: zone-a}
        initContainers:
        - {name: init, image: x, resources: {requests: {cpu: "3"}}}
        containers:
        - {name: app, image: x, resources: {requests: {cpu: "1"}}}
        """));
    assertThat(s.message("migrate")).isEqualTo("0/4 nodes are available: "
        + "1 Insufficient cpu, 1 node(s) didn't match Pod's node affinity/selector, "
        + "1 node(s) had untolerated taint {dedicated: gpu}, "
        + "1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. "
        + "preemption: 0/4 nodes are available: 1 No preemption victims found for incoming "
        + "pod, 3 Preemption is not helpful for scheduling.");
  }

  @Test
  void sidecarsAddToTheAppContainersAndToEveryLaterInitContainer() {
    Sim s = Hand.run(pod("meshed", """
        nodeSelector: {topology.kubernetes.io/zone: zone-a}
        initContainers:
        - {name: proxy, image: x, restartPolicy: Always, resources: {requests: {cpu: "1"}}}
        containers:
        - {name: app, image: x, resources: {requests: {cpu: 1500m}}}
        """));
    assertThat(s.message("meshed")).startsWith("0/4 nodes are available: 1 Insufficient cpu,");
    SimPod p = s.schedule.pods().get(0);
    assertThat(p.requests().milliCpu()).isEqualTo(2500);
  }

  @Test
  void podOverheadAndExtendedResourcesAreRequestedToo() {
    Sim s = Hand.run(pod("gpu-job", """
        overhead: {cpu: 250m}
        tolerations: [{key: dedicated, operator: Exists}]
        containers:
        - {name: app, image: x, resources: {limits: {nvidia.com/gpu: "1"}}}
        """));
    assertThat(s.schedule.pods().get(0).requests().milliCpu()).isEqualTo(250);
    assertThat(s.message("gpu-job")).isEqualTo("0/4 nodes are available: "
        + "1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, "
        + "3 Insufficient nvidia.com/gpu. preemption: 0/4 nodes are available: "
        + "1 Preemption is not helpful for scheduling, 3 No preemption victims found for "
        + "incoming pod.");
  }

  @Test
  void aNodeFullOfPodsReportsTooManyPods() {
    String tiny = Sim.cluster(Sim.node("tiny", "4", "8Gi", "", "")).replace("pods: \"110\"",
        "pods: \"1\"");
    Sim s = Sim.on(tiny, Sim.deployment("app", 2, "100m", "100Mi", ""));
    assertThat(s.message("app-1")).isEqualTo("0/1 nodes are available: 1 Too many pods. "
        + "preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.");
  }

  @Test
  void aMissingClaimStopsThePodAtPreFilter() {
    Sim s = Hand.run(pod("app", """
        containers: [{name: app, image: x}]
        volumes: [{name: data, persistentVolumeClaim: {claimName: data}}]
        """));
    assertThat(s.message("app")).isEqualTo("0/4 nodes are available: persistentvolumeclaim "
        + "\"data\" not found. preemption: 0/4 nodes are available: 4 Preemption is not "
        + "helpful for scheduling.");
  }

  private static final String LOCAL = """
      - apiVersion: storage.k8s.io/v1
        kind: StorageClass
        metadata: {name: local}
        provisioner: kubernetes.io/no-provisioner
        volumeBindingMode: WaitForFirstConsumer
      - apiVersion: storage.k8s.io/v1
        kind: StorageClass
        metadata: {name: manual}
        provisioner: kubernetes.io/no-provisioner
      - apiVersion: v1
        kind: PersistentVolume
        metadata: {name: pv-big}
        spec:
          storageClassName: local
          capacity: {storage: 10Gi}
          accessModes: [ReadWriteOnce]
          local: {path: /mnt/disk}
          nodeAffinity:
            required:
              nodeSelectorTerms:
              - matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [big]}]
      """;

  private static String claim(String name, String className, String accessMode) {
    return "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: " + name
        + ", namespace: shop}\nspec:\n  storageClassName: " + className + "\n  accessModes: ["
        + accessMode + "]\n  resources: {requests: {storage: 1Gi}}\n---\n";
  }

  @Test
  void waitForFirstConsumerWithoutProvisionerBindsToAFreeLocalVolumeTheNodeReaches() {
    Sim s = Hand.runWith(LOCAL, claim("data", "local", "ReadWriteOnce") + pod("db", """
        containers: [{name: db, image: x}]
        volumes: [{name: data, persistentVolumeClaim: {claimName: data}}]
        """));
    assertThat(s.node("db")).isEqualTo("big");
  }

  @Test
  void aSecondClaimFindsNoFreeVolume() {
    String pods = pod("db", """
        containers: [{name: db, image: x}]
        volumes: [{name: data, persistentVolumeClaim: {claimName: data}}]
        """) + "---\n" + pod("db2", """
        containers: [{name: db, image: x}]
        volumes: [{name: data, persistentVolumeClaim: {claimName: data2}}]
        """);
    Sim s = Hand.runWith(LOCAL, claim("data", "local", "ReadWriteOnce")
        + claim("data2", "local", "ReadWriteOnce") + pods);
    assertThat(s.node("db")).isEqualTo("big");
    assertThat(s.message("db2")).isEqualTo("0/4 nodes are available: "
        + "1 node(s) had untolerated taint {dedicated: gpu}, "
        + "1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, "
        + "2 node(s) didn't find available persistent volumes to bind. preemption: 0/4 nodes "
        + "are available: 4 Preemption is not helpful for scheduling.");
  }

  @Test
  void anImmediateClaimWithNoVolumeAndNoProvisionerStaysUnbound() {
    Sim s = Hand.runWith(LOCAL, claim("data", "manual", "ReadWriteOnce") + pod("db", """
        containers: [{name: db, image: x}]
        volumes: [{name: data, persistentVolumeClaim: {claimName: data}}]
        """));
    assertThat(s.message("db")).startsWith("0/4 nodes are available: pod has unbound "
        + "immediate PersistentVolumeClaims. preemption:");
  }

  @Test
  void aBoundVolumesNodeAffinityAndZoneLimitTheNodes() {
    String volumes = """
        - apiVersion: v1
          kind: PersistentVolume
          metadata: {name: pv-a, labels: {topology.kubernetes.io/zone: zone-a}}
          spec:
            storageClassName: ""
            claimRef: {namespace: shop, name: zoned}
            capacity: {storage: 10Gi}
            accessModes: [ReadWriteOnce]
        """;
    Sim s = Hand.runWith(LOCAL + volumes, pod("app", """
        containers: [{name: app, image: x}]
        volumes: [{name: data, persistentVolumeClaim: {claimName: zoned}}]
        """) + "---\n" + claim("zoned", "\"\"", "ReadWriteOnce"));
    assertThat(s.node("app")).isEqualTo("small");
    Sim v = Hand.runWith(LOCAL + volumes, pod("app", """
        nodeSelector: {disk: ssd}
        containers: [{name: app, image: x}]
        volumes: [{name: data, persistentVolumeClaim: {claimName: zoned}}]
        """) + "---\n" + claim("zoned", "\"\"", "ReadWriteOnce"));
    assertThat(v.message("app")).isEqualTo("0/4 nodes are available: "
        + "1 node(s) didn't match Pod's node affinity/selector, "
        + "1 node(s) had no available volume zone, "
        + "1 node(s) had untolerated taint {dedicated: gpu}, "
        + "1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. "
        + "preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.");
  }

  @Test
  void aBoundLocalVolumeConflictsWithOtherNodesInTheWordingOfTheVersion() {
    String bound = LOCAL.replace("local: {path: /mnt/disk}",
        "local: {path: /mnt/disk}\n    claimRef: {namespace: shop, name: data}");
    String input = claim("data", "local", "ReadWriteOnce") + pod("db", """
        nodeSelector: {cores: "2"}
        containers: [{name: db, image: x}]
        volumes: [{name: data, persistentVolumeClaim: {claimName: data}}]
        """);
    String cluster = Hand.CLUSTER + bound;
    assertThat(Sim.run(java.util.Optional.of(cluster), input, "1.34").message("db"))
        .contains("1 node(s) didn't match PersistentVolume's node affinity");
    assertThat(Sim.run(java.util.Optional.of(cluster), input, "1.32").message("db"))
        .contains("1 node(s) had volume node affinity conflict");
  }

  @Test
  void aReadWriteOncePodClaimInUseRejectsTheSecondPod() {
    String pods = pod("a", """
        containers: [{name: app, image: x}]
        volumes: [{name: data, persistentVolumeClaim: {claimName: only}}]
        """) + "---\n" + pod("b", """
        containers: [{name: app, image: x}]
        volumes: [{name: data, persistentVolumeClaim: {claimName: only}}]
        """);
    Sim s = Sim.of(claim("only", "standard", "ReadWriteOncePod") + pods);
    assertThat(s.node("a")).isNotNull();
    assertThat(s.message("b")).startsWith("0/4 nodes are available: node has pod using "
        + "PersistentVolumeClaim with the same name and ReadWriteOncePod access mode.");
  }
}
