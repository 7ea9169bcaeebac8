package io.github.kubecheck.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * PodTopologySpread (maxSkew, minDomains, nodeAffinityPolicy, nodeTaintsPolicy, matchLabelKeys)
 * and InterPodAffinity (required affinity, anti-affinity, existing pods' anti-affinity,
 * namespaces), as the upstream plugins filter.
 */
class SpreadAndAffinityTest {

  private static String spread(String extra) {
    return "topologySpreadConstraints:\n- maxSkew: 1\n  topologyKey: topology.kubernetes.io/zone\n"
        + "  whenUnsatisfiable: DoNotSchedule\n  labelSelector: {matchLabels: {app: web}}\n"
        + extra;
  }

  @Test
  void taintedNodesStillCountAsDomainsByDefaultSoTheirEmptyZoneHoldsTheMinimumAtZero() {
    Sim s = Hand.run(Sim.deployment("web", 3, "500m", "512Mi", spread("")));
    assertThat(s.placements()).containsEntry("web-0", "big").containsEntry("web-1", "small")
        .hasSize(2);
    assertThat(s.message("web-2")).isEqualTo("0/4 nodes are available: "
        + "1 node(s) had untolerated taint {dedicated: gpu}, "
        + "1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, "
        + "2 node(s) didn't match pod topology spread constraints. preemption: 0/4 nodes are "
        + "available: 2 No preemption victims found for incoming pod, 2 Preemption is not "
        + "helpful for scheduling.");
  }

  @Test
  void nodeTaintsPolicyHonorLeavesTheTaintedZoneOut() {
    Sim s = Hand.run(Sim.deployment("web", 4, "500m", "512Mi",
        spread("  nodeTaintsPolicy: Honor\n")));
    assertThat(s.placements()).hasSize(4).containsEntry("web-0", "big")
        .containsEntry("web-1", "small").containsEntry("web-2", "big")
        .containsEntry("web-3", "small");
  }

  @Test
  void nodeAffinityPolicyHonorCountsOnlyTheNodesThePodMayUse() {
    Sim s = Hand.run(Sim.deployment("web", 2, "500m", "512Mi",
        "nodeSelector: {disk: ssd}\n" + spread("")));
    assertThat(s.placements()).containsEntry("web-0", "big").containsEntry("web-1", "big");
    Sim ignore = Hand.run(Sim.deployment("web", 2, "500m", "512Mi",
        "nodeSelector: {disk: ssd}\n" + spread("  nodeAffinityPolicy: Ignore\n")));
    assertThat(ignore.node("web-0")).isEqualTo("big");
    assertThat(ignore.message("web-1")).contains("1 node(s) didn't match pod topology spread "
        + "constraints");
  }

  @Test
  void minDomainsAboveTheDomainsThereAreKeepsTheMinimumAtZero() {
    Sim s = Hand.run(Sim.deployment("web", 3, "500m", "512Mi",
        spread("  nodeTaintsPolicy: Honor\n  minDomains: 3\n")));
    assertThat(s.placements()).hasSize(2);
    assertThat(s.message("web-2")).contains("2 node(s) didn't match pod topology spread "
        + "constraints");
  }

  @Test
  void aNodeWithoutTheTopologyKeyIsMissingTheRequiredLabel() {
    String c = Sim.cluster(Sim.node("nolabel", "4", "8Gi", "", ""));
    Sim s = Sim.on(c, Sim.deployment("web", 1, "500m", "512Mi", spread("")));
    assertThat(s.message("web-0")).isEqualTo("0/1 nodes are available: 1 node(s) didn't match "
        + "pod topology spread constraints (missing required label). preemption: 0/1 nodes are "
        + "available: 1 Preemption is not helpful for scheduling.");
  }

  @Test
  void matchLabelKeysCountsOnlyPodsOfTheSameRevision() {
    String other = Sim.deployment("old", 2, "100m", "100Mi", "nodeSelector: {disk: ssd}\n")
        .replace("{app: old}", "{app: web}");
    String spreadByRevision = spread("  nodeTaintsPolicy: Honor\n"
        + "  matchLabelKeys: [pod-template-hash]\n");
    Sim s = Hand.run(other + "---\n" + Sim.deployment("web", 2, "500m", "512Mi",
        spreadByRevision));
    // The two pods of "old" carry app=web too, but another pod-template-hash.
    assertThat(s.placements()).containsEntry("web-0", "big").containsEntry("web-1", "small");
  }

  private static String antiAffinity(String key) {
    return "affinity:\n  podAntiAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n"
        + "    - labelSelector: {matchLabels: {app: web}}\n      topologyKey: " + key + "\n";
  }

  @Test
  void requiredAntiAffinityOnHostnameAllowsOneReplicaPerNode() {
    Sim s = Hand.run(Sim.deployment("web", 3, "100m", "100Mi",
        antiAffinity("kubernetes.io/hostname")));
    assertThat(s.placements()).hasSize(2).containsValues("small", "big");
    assertThat(s.message("web-2")).isEqualTo("0/4 nodes are available: "
        + "1 node(s) had untolerated taint {dedicated: gpu}, "
        + "1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, "
        + "2 node(s) didn't match pod anti-affinity rules. preemption: 0/4 nodes are available: "
        + "2 No preemption victims found for incoming pod, 2 Preemption is not helpful for "
        + "scheduling.");
  }

  @Test
  void requiredAffinityFollowsThePodsItSelectsIntoTheirZone() {
    String db = Sim.deployment("db", 1, "1", "1Gi", "nodeSelector: {disk: ssd}\n");
    String web = Sim.deployment("web", 1, "100m", "100Mi", """
        affinity:
          podAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
            - labelSelector: {matchLabels: {app: db}}
              topologyKey: topology.kubernetes.io/zone
        """);
    assertThat(Hand.run(db + "---\n" + web).node("web-0")).isEqualTo("big");
  }

  @Test
  void requiredAffinityToPodsThatDoNotExistFailsUnlessThePodMatchesItself() {
    String lonely = Sim.deployment("web", 1, "100m", "100Mi", """
        affinity:
          podAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
            - labelSelector: {matchLabels: {app: cache}}
              topologyKey: topology.kubernetes.io/zone
        """);
    assertThat(Hand.run(lonely).message("web-0")).isEqualTo("0/4 nodes are available: "
        + "1 node(s) had untolerated taint {dedicated: gpu}, "
        + "1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, "
        + "2 node(s) didn't match pod affinity rules. preemption: 0/4 nodes are available: "
        + "4 Preemption is not helpful for scheduling.");
    String self = lonely.replace("{app: cache}", "{app: web}");
    Sim s = Hand.run(self.replace("replicas: 1", "replicas: 2"));
    assertThat(s.node("web-1")).isEqualTo(s.node("web-0"));
  }

  @Test
  void anExistingPodsAntiAffinityKeepsTheSelectedPodsOffItsNode() {
    String running = """
        - apiVersion: v1
          kind: Pod
          metadata: {name: loner, namespace: shop, labels: {app: loner}}
          spec:
            nodeName: big
            affinity:
              podAntiAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                - labelSelector: {matchLabels: {app: web}}
                  topologyKey: kubernetes.io/hostname
            containers: [{name: app, image: x}]
          status: {phase: Running}
        """;
    Sim s = Hand.runWith(running, Sim.deployment("web", 1, "100m", "100Mi",
        "nodeSelector: {disk: ssd}\n"));
    assertThat(s.message("web-0")).isEqualTo("0/4 nodes are available: "
        + "1 node(s) didn't match Pod's node affinity/selector, "
        + "1 node(s) didn't satisfy existing pods anti-affinity rules, "
        + "1 node(s) had untolerated taint {dedicated: gpu}, "
        + "1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/4 nodes are "
        + "available: 1 No preemption victims found for incoming pod, 3 Preemption is not "
        + "helpful for scheduling.");
  }

  @Test
  void affinityTermsLookInTheirOwnNamespaceUnlessTheyNameOthers() {
    String db = Sim.deployment("db", 1, "1", "1Gi", "nodeSelector: {disk: ssd}\n")
        .replace("namespace: shop", "namespace: data");
    String term = """
        affinity:
          podAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
            - labelSelector: {matchLabels: {app: db}}
              topologyKey: topology.kubernetes.io/zone
        """;
    assertThat(Hand.run(db + "---\n" + Sim.deployment("web", 1, "100m", "100Mi", term))
        .message("web-0")).contains("2 node(s) didn't match pod affinity rules");
    String named = term + "      namespaces: [data]\n";
    assertThat(Hand.run(db + "---\n" + Sim.deployment("web", 1, "100m", "100Mi", named))
        .node("web-0")).isEqualTo("big");
    String everywhere = term + "      namespaceSelector: {}\n";
    assertThat(Hand.run(db + "---\n" + Sim.deployment("web", 1, "100m", "100Mi", everywhere))
        .node("web-0")).isEqualTo("big");
  }
}
