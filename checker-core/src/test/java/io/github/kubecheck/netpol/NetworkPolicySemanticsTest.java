package io.github.kubecheck.netpol;

import static io.github.kubecheck.netpol.Net.namespace;
import static io.github.kubecheck.netpol.Net.pod;
import static io.github.kubecheck.netpol.Net.policy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * NetworkPolicy semantics as k8s.io/api/networking/v1 (types.go) defines them and the sig-network
 * e2e tests (test/e2e/network/netpol) check them, one clause per test.
 */
class NetworkPolicySemanticsTest {

  private static final String X = namespace("x", "team=a");
  private static final String Y = namespace("y", "team=b");
  private static final String XA = pod("x", "a", "pod=a", "serve-80:80,serve-81:81");
  private static final String XB = pod("x", "b", "pod=b", "serve-80:80,serve-81:81");
  private static final String YA = pod("y", "a", "pod=a", "serve-80:80,serve-81:81");
  private static final String YB = pod("y", "b", "pod=b", "serve-80:80,serve-81:81");

  @Test
  void podsSelectedByNoPolicyAreNotIsolated() {
    Net n = Net.of(X, Y, XA, YA);
    assertThat(n.ports("x/a", "y/a")).isEqualTo("all");
    assertThat(n.ports("203.0.113.9", "x/a")).isEqualTo("all");
    assertThat(n.ports("x/a", "203.0.113.9")).isEqualTo("all");
  }

  @Test
  void policyTypesDefaultToIngressOnlyWhenThereAreNoEgressRules() {
    // types.go PolicyTypes: "If this field is not specified, it will default based on the
    // existence of ingress or egress rules".
    Net n = Net.of(X, Y, XA, YA, policy("x", "deny", "podSelector: {}\n"));
    assertThat(n.ports("y/a", "x/a")).isEqualTo("none");
    assertThat(n.ports("x/a", "y/a")).isEqualTo("all");
  }

  @Test
  void policyTypesDefaultToEgressTooWhenEgressRulesExist() {
    Net n = Net.of(X, Y, XA, YA, policy("x", "p", """
        podSelector: {}
        egress:
        - ports: [{port: 80}]
        """));
    assertThat(n.ports("x/a", "y/a")).isEqualTo("TCP/80");
    assertThat(n.ports("y/a", "x/a")).isEqualTo("none");
  }

  @Test
  void rulesOfADirectionNotInPolicyTypesAreIgnored() {
    Net n = Net.of(X, Y, XA, YA, policy("x", "p", """
        podSelector: {}
        policyTypes: [Egress]
        ingress:
        - {}
        egress:
        - ports: [{port: 81}]
        """));
    assertThat(n.ports("y/a", "x/a")).isEqualTo("all");
    assertThat(n.ports("x/a", "y/a")).isEqualTo("TCP/81");
  }

  @Test
  void anEmptyPodSelectorSelectsEveryPodOfThePolicysNamespaceOnly() {
    Net n = Net.of(X, Y, XA, XB, YA, policy("x", "deny", "podSelector: {}\n"));
    assertThat(n.ports("y/a", "x/a")).isEqualTo("none");
    assertThat(n.ports("y/a", "x/b")).isEqualTo("none");
    assertThat(n.ports("x/a", "y/a")).isEqualTo("all");
  }

  @Test
  void emptyOrMissingIngressAllowsNothingButOneEmptyRuleAllowsEverything() {
    // types.go Ingress: "If this field is empty then this NetworkPolicy does not allow any
    // traffic"; NetworkPolicyIngressRule.From: "If this field is empty or missing, this rule
    // matches all sources"; Ports: "If this field is empty or missing, this rule matches all
    // ports".
    Net empty = Net.of(X, Y, XA, YA, policy("x", "p", "podSelector: {}\ningress: []\n"));
    assertThat(empty.ports("y/a", "x/a")).isEqualTo("none");
    Net all = Net.of(X, Y, XA, YA, policy("x", "p", "podSelector: {}\ningress:\n- {}\n"));
    assertThat(all.ports("y/a", "x/a")).isEqualTo("all");
    assertThat(all.ports("198.51.100.7", "x/a")).isEqualTo("all");
  }

  @Test
  void emptyAndMissingFromBothMatchEverySourceIncludingOutside() {
    Net missing = Net.of(X, Y, XA, YA, policy("x", "p", """
        podSelector: {}
        ingress:
        - ports: [{port: 80}]
        """));
    Net empty = Net.of(X, Y, XA, YA, policy("x", "p", """
        podSelector: {}
        ingress:
        - from: []
          ports: [{port: 80}]
        """));
    for (Net n : new Net[] {missing, empty}) {
      assertThat(n.ports("y/a", "x/a")).isEqualTo("TCP/80");
      assertThat(n.ports("198.51.100.7", "x/a")).isEqualTo("TCP/80");
    }
  }

  @Test
  void aPodSelectorAlonePicksPodsOfThePolicysOwnNamespace() {
    Net n = Net.of(X, Y, XA, XB, YB, policy("x", "p", """
        podSelector: {matchLabels: {pod: a}}
        ingress:
        - from:
          - podSelector: {matchLabels: {pod: b}}
        """));
    assertThat(n.ports("x/b", "x/a")).isEqualTo("all");
    assertThat(n.ports("y/b", "x/a")).isEqualTo("none");
  }

  @Test
  void aNamespaceSelectorAlonePicksEveryPodOfTheNamespacesItMatches() {
    Net n = Net.of(X, Y, XA, YA, YB, policy("x", "p", """
        podSelector: {}
        ingress:
        - from:
          - namespaceSelector: {matchLabels: {team: b}}
        """));
    assertThat(n.ports("y/a", "x/a")).isEqualTo("all");
    assertThat(n.ports("y/b", "x/a")).isEqualTo("all");
    Net empty = Net.of(X, Y, XA, XB, YA, policy("x", "p", """
        podSelector: {matchLabels: {pod: a}}
        ingress:
        - from:
          - namespaceSelector: {}
        """));
    assertThat(empty.ports("y/a", "x/a")).isEqualTo("all");
    assertThat(empty.ports("x/b", "x/a")).isEqualTo("all");
    assertThat(empty.ports("198.51.100.7", "x/a")).as("pods only, not outside").isEqualTo("none");
  }

  @Test
  void namespaceAndPodSelectorsInOnePeerAreAndedButInTwoPeersOred() {
    // The classic mistake: one dash or two.
    Net and = Net.of(X, Y, XA, XB, YA, YB, policy("x", "p", """
        podSelector: {matchLabels: {pod: a}}
        ingress:
        - from:
          - namespaceSelector: {matchLabels: {team: b}}
            podSelector: {matchLabels: {pod: b}}
        """));
    assertThat(and.ports("y/b", "x/a")).isEqualTo("all");
    assertThat(and.ports("y/a", "x/a")).isEqualTo("none");
    assertThat(and.ports("x/b", "x/a")).isEqualTo("none");
    Net or = Net.of(X, Y, XA, XB, YA, YB, policy("x", "p", """
        podSelector: {matchLabels: {pod: a}}
        ingress:
        - from:
          - namespaceSelector: {matchLabels: {team: b}}
          - podSelector: {matchLabels: {pod: b}}
        """));
    assertThat(or.ports("y/b", "x/a")).isEqualTo("all");
    assertThat(or.ports("y/a", "x/a")).isEqualTo("all");
    assertThat(or.ports("x/b", "x/a")).isEqualTo("all");
  }

  @Test
  void theNamespaceNameLabelIsSetEvenWhenTheManifestOmitsItOrNoNamespaceObjectExists() {
    // The API server sets kubernetes.io/metadata.name on every namespace; a namespace only named
    // by its objects exists too.
    String byName = policy("x", "p", """
        podSelector: {}
        ingress:
        - from:
          - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: z}}
        """);
    Net n = Net.of(X, XA, pod("z", "a", "pod=a", ""), pod("w", "a", "pod=a", ""), byName);
    assertThat(n.ports("z/a", "x/a")).isEqualTo("all");
    assertThat(n.ports("w/a", "x/a")).isEqualTo("none");
    assertThat(n.model.namespaces()).anySatisfy(ns -> {
      assertThat(ns.name()).isEqualTo("z");
      assertThat(ns.labels()).containsEntry("kubernetes.io/metadata.name", "z");
    });
  }

  @Test
  void trafficNeedsBothTheSourcesEgressAndTheDestinationsIngress() {
    // e2e "should support denying of egress traffic on the client side (even if the server
    // explicitly allows this traffic)".
    Net n = Net.of(X, Y, XA, YA, YB,
        policy("x", "egress", """
            podSelector: {matchLabels: {pod: a}}
            egress:
            - to:
              - namespaceSelector: {matchLabels: {team: b}}
                podSelector: {matchLabels: {pod: a}}
            """),
        policy("y", "ingress", """
            podSelector: {}
            ingress:
            - from:
              - namespaceSelector: {matchLabels: {team: a}}
                podSelector: {matchLabels: {pod: a}}
            """));
    assertThat(n.ports("x/a", "y/a")).isEqualTo("all");
    assertThat(n.ports("x/a", "y/b")).isEqualTo("none");
  }

  @Test
  void policiesAreAdditive() {
    // e2e "should enforce multiple ingress policies with ingress allow-all policy taking
    // precedence".
    Net n = Net.of(X, Y, XA, YA,
        policy("x", "p80", "podSelector: {}\ningress:\n- ports: [{port: 80}]\n"),
        policy("x", "p81", "podSelector: {}\ningress:\n- ports: [{port: 81, protocol: UDP}]\n"));
    assertThat(n.ports("y/a", "x/a")).isEqualTo("TCP/80, UDP/81");
  }

  @Test
  void anIpBlockMatchesOutsideAddressesButNotItsExcepts() {
    Net n = Net.of(X, XA, policy("x", "p", """
        podSelector: {}
        ingress:
        - from:
          - ipBlock: {cidr: 192.0.2.0/24, except: [192.0.2.128/25]}
        """));
    assertThat(n.ports("192.0.2.10", "x/a")).isEqualTo("all");
    assertThat(n.ports("192.0.2.200", "x/a")).isEqualTo("none");
    assertThat(n.ports("198.51.100.7", "x/a")).isEqualTo("none");
  }

  @Test
  void anIpBlockMatchesPodsWhoseAddressesItHolds() {
    // e2e "should allow egress access to server in CIDR block": a pod's IP in an ipBlock.
    String server = pod("y", "b", "pod=b", "") + "status:\n  podIP: 10.244.2.7\n";
    String other = pod("y", "c", "pod=c", "") + "status:\n  podIP: 10.244.2.8\n";
    Net n = Net.of(X, Y, XA, server, other, policy("x", "p", """
        podSelector: {matchLabels: {pod: a}}
        egress:
        - to:
          - ipBlock: {cidr: 10.244.2.7/32}
        """));
    assertThat(n.ports("x/a", "y/b")).isEqualTo("all");
    assertThat(n.ports("x/a", "y/c")).isEqualTo("none");
  }

  @Test
  void podsWithUnknownAddressesMatchABlockHoldingTheWholePodNetwork() {
    Net world = Net.of(X, Y, XA, YA, policy("x", "p", """
        podSelector: {}
        ingress:
        - from:
          - ipBlock: {cidr: 0.0.0.0/0}
        """));
    assertThat(world.ports("y/a", "x/a")).isEqualTo("all");
    Net outsideOnly = Net.of(X, Y, XA, YA, policy("x", "p", """
        podSelector: {}
        ingress:
        - from:
          - ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}
        """));
    assertThat(outsideOnly.ports("y/a", "x/a")).isEqualTo("none");
    assertThat(outsideOnly.ports("203.0.113.1", "x/a")).isEqualTo("all");
    assertThat(outsideOnly.ports("10.1.2.3", "x/a")).isEqualTo("none");
  }

  @Test
  void thePodNetworkComesFromTheNodesWhenTheyGiveIt() {
    String node = """
        apiVersion: v1
        kind: Node
        metadata: {name: n1}
        spec: {podCIDR: 192.168.7.0/24}
        """;
    Net n = Net.of(node, X, Y, XA, YA, policy("x", "p", """
        podSelector: {}
        ingress:
        - from:
          - ipBlock: {cidr: 192.168.0.0/16}
        """));
    assertThat(n.model.podNetwork()).extracting(Cidr::toString)
        .containsExactly("192.168.7.0/24");
    assertThat(n.ports("y/a", "x/a")).isEqualTo("all");
  }

  @Test
  void portsByNumberRangeAndProtocolOnly() {
    // types.go NetworkPolicyPort: protocol defaults to TCP; a port without a number matches every
    // port of its protocol; endPort makes an inclusive range.
    Net n = Net.of(X, Y, XA, YA, policy("x", "p", """
        podSelector: {}
        ingress:
        - ports:
          - port: 5000
            endPort: 6000
            protocol: UDP
          - protocol: SCTP
          - port: 443
        """));
    assertThat(n.ports("y/a", "x/a")).isEqualTo("TCP/443, UDP/5000-6000, SCTP/1-65535");
    assertThat(n.reaches("y/a", "x/a", Protocol.UDP, 6000)).isTrue();
    assertThat(n.reaches("y/a", "x/a", Protocol.UDP, 6001)).isFalse();
  }

  @Test
  void aNamedIngressPortResolvesPerDestinationPod() {
    // Named ports differ per pod: the same name is 8080 on one and 9090 on the other.
    Net n = Net.of(X, Y, YA,
        pod("x", "a", "app=web", "http:8080"),
        pod("x", "b", "app=web,v=2", "http:9090"),
        policy("x", "p", """
            podSelector: {matchLabels: {app: web}}
            ingress:
            - ports: [{port: http}]
            """));
    assertThat(n.ports("y/a", "x/a")).isEqualTo("TCP/8080");
    assertThat(n.ports("y/a", "x/b")).isEqualTo("TCP/9090");
  }

  @Test
  void aNamedPortMatchesOnlyItsProtocol() {
    Net n = Net.of(X, Y, YA, pod("x", "a", "pod=a", "dns:53/UDP"),
        policy("x", "p", """
            podSelector: {}
            ingress:
            - ports: [{port: dns}]
            """),
        policy("x", "q", """
            podSelector: {}
            ingress:
            - ports: [{port: dns, protocol: UDP}]
            """));
    assertThat(n.ports("y/a", "x/a")).isEqualTo("UDP/53");
  }

  @Test
  void aNamedEgressPortResolvesAtTheDestinationAndNeverOutside() {
    Net n = Net.of(X, Y, XA, pod("y", "a", "pod=a", "metrics:9100"),
        pod("y", "b", "pod=b", "metrics:9200"),
        policy("x", "p", """
            podSelector: {}
            egress:
            - ports: [{port: metrics}]
            """));
    assertThat(n.ports("x/a", "y/a")).isEqualTo("TCP/9100");
    assertThat(n.ports("x/a", "y/b")).isEqualTo("TCP/9200");
    assertThat(n.ports("x/a", "203.0.113.5")).isEqualTo("none");
  }

  @Test
  void invalidPeersAndPortsMatchNothing() {
    Net n = Net.of(X, Y, XA, YA, policy("x", "p", """
        podSelector: {}
        ingress:
        - from:
          - ipBlock: {cidr: 10.0.0.0/8}
            podSelector: {}
          - {}
        - ports:
          - {port: http, endPort: 90}
          - {port: 80, protocol: tcp}
        """));
    assertThat(n.ports("y/a", "x/a")).isEqualTo("none");
  }

  @Test
  void workloadPodsAreTheirTemplateLabelsAndExportedPodsJoinTheirController() {
    String deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: x}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: example/web:1}]
        """;
    String exported = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web-7d9f8-abcde
          namespace: x
          labels: {app: web, pod-template-hash: 7d9f8}
          ownerReferences:
          - {apiVersion: apps/v1, kind: ReplicaSet, name: web-7d9f8, controller: true}
        spec:
          containers: [{name: web, image: example/web:1}]
        status: {podIP: 10.244.1.9}
        """;
    Net n = Net.of(X, Y, YA, deployment, exported,
        policy("x", "p", """
            podSelector: {matchLabels: {app: web}}
            ingress:
            - from: [{namespaceSelector: {matchLabels: {team: b}}}]
              ports: [{port: 443}]
            """));
    assertThat(n.model.workloads()).extracting(Workload::name).contains("x/web")
        .doesNotContain("x/web-7d9f8-abcde", "x/web-7d9f8");
    assertThat(n.model.workload("x/web").orElseThrow().classes()).hasSize(2);
    assertThat(n.ports("y/a", "x/web")).isEqualTo("TCP/443");
  }
}
