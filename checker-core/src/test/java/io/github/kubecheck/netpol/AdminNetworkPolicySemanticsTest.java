package io.github.kubecheck.netpol;

import static io.github.kubecheck.netpol.Net.admin;
import static io.github.kubecheck.netpol.Net.baseline;
import static io.github.kubecheck.netpol.Net.namespace;
import static io.github.kubecheck.netpol.Net.pod;
import static io.github.kubecheck.netpol.Net.policy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * AdminNetworkPolicy and BaselineAdminNetworkPolicy (policy.networking.k8s.io/v1alpha1) as the
 * network-policy-api project specifies them in apis/v1alpha1 and its conformance profiles:
 * priority order, Allow/Deny/Pass, then NetworkPolicies, then the baseline.
 */
class AdminNetworkPolicySemanticsTest {

  private static final String X = namespace("x", "team=a");
  private static final String Y = namespace("y", "team=b");
  private static final String XA = pod("x", "a", "pod=a", "http:8080,dns:53/UDP");
  private static final String YA = pod("y", "a", "pod=a", "http:8080");

  private static final String DENY_X_FROM_Y = admin("deny-y", 20, """
      subject:
        namespaces: {matchLabels: {team: a}}
      ingress:
      - name: no-team-b
        action: Deny
        from:
        - namespaces: {matchLabels: {team: b}}
      """);

  @Test
  void anAdminAllowWinsOverNetworkPolicyIsolation() {
    Net n = Net.of(X, Y, XA, YA, policy("x", "deny", "podSelector: {}\n"),
        admin("allow-y", 10, """
            subject:
              namespaces: {matchLabels: {team: a}}
            ingress:
            - action: Allow
              from:
              - pods:
                  namespaceSelector: {matchLabels: {team: b}}
                  podSelector: {matchLabels: {pod: a}}
              ports:
              - portNumber: {protocol: TCP, port: 8080}
            """));
    assertThat(n.ports("y/a", "x/a")).isEqualTo("TCP/8080");
  }

  @Test
  void anAdminDenyWinsOverANetworkPolicyThatAllows() {
    Net n = Net.of(X, Y, XA, YA, DENY_X_FROM_Y,
        policy("x", "allow-all", "podSelector: {}\ningress:\n- {}\n"));
    assertThat(n.ports("y/a", "x/a")).isEqualTo("none");
  }

  @Test
  void lowerPriorityValuesAreCheckedFirst() {
    String allowFirst = admin("allow-y", 5, """
        subject:
          namespaces: {matchLabels: {team: a}}
        ingress:
        - action: Allow
          from:
          - namespaces: {matchLabels: {team: b}}
          ports:
          - portNumber: {protocol: TCP, port: 8080}
        """);
    Net n = Net.of(X, Y, XA, YA, allowFirst, DENY_X_FROM_Y);
    assertThat(n.ports("y/a", "x/a")).isEqualTo("TCP/8080");
    Net later = Net.of(X, Y, XA, YA, allowFirst.replace("priority: 5", "priority: 50"),
        DENY_X_FROM_Y);
    assertThat(later.ports("y/a", "x/a")).isEqualTo("none");
  }

  @Test
  void withinOnePolicyTheFirstMatchingRuleDecidesEachPort() {
    Net n = Net.of(X, Y, XA, YA, admin("ordered", 10, """
        subject:
          namespaces: {matchLabels: {team: a}}
        ingress:
        - action: Allow
          from: [{namespaces: {}}]
          ports:
          - portRange: {protocol: TCP, start: 8000, end: 8100}
        - action: Deny
          from: [{namespaces: {}}]
        """));
    assertThat(n.ports("y/a", "x/a")).isEqualTo("TCP/8000-8100");
  }

  @Test
  void passHandsTrafficToNetworkPolicies() {
    String pass = admin("pass-y", 10, """
        subject:
          namespaces: {matchLabels: {team: a}}
        ingress:
        - action: Pass
          from: [{namespaces: {matchLabels: {team: b}}}]
        """);
    Net isolated = Net.of(X, Y, XA, YA, pass, DENY_X_FROM_Y,
        policy("x", "web", "podSelector: {}\ningress:\n- ports: [{port: 8080}]\n"));
    assertThat(isolated.ports("y/a", "x/a")).as("Pass skips the lower deny; the "
        + "NetworkPolicy decides").isEqualTo("TCP/8080");
    Net baselineDecides = Net.of(X, Y, XA, YA, pass, baseline("""
        subject:
          namespaces: {}
        ingress:
        - action: Deny
          from: [{namespaces: {matchLabels: {team: b}}}]
        """));
    assertThat(baselineDecides.ports("y/a", "x/a")).isEqualTo("none");
  }

  @Test
  void theBaselineAppliesOnlyWhereNoNetworkPolicyIsolates() {
    String denyAll = baseline("""
        subject:
          namespaces: {}
        ingress:
        - action: Deny
          from: [{namespaces: {}}]
        """);
    Net n = Net.of(X, Y, XA, YA, denyAll);
    assertThat(n.ports("y/a", "x/a")).isEqualTo("none");
    assertThat(n.ports("203.0.113.4", "x/a")).as("ingress peers are pods only")
        .isEqualTo("all");
    Net np = Net.of(X, Y, XA, YA, denyAll,
        policy("x", "web", "podSelector: {}\ningress:\n- ports: [{port: 8080}]\n"));
    assertThat(np.ports("y/a", "x/a")).isEqualTo("TCP/8080");
    assertThat(np.ports("x/a", "y/a")).isEqualTo("none");
  }

  @Test
  void aBaselinePolicyNotNamedDefaultDoesNotExist() {
    Net n = Net.of(X, Y, XA, YA, baseline("""
        subject:
          namespaces: {}
        ingress:
        - action: Deny
          from: [{namespaces: {}}]
        """).replace("name: default", "name: strict"));
    assertThat(n.ports("y/a", "x/a")).isEqualTo("all");
  }

  @Test
  void networksMatchOutsideAndPodAddressesAlike() {
    // apis/v1alpha1 AdminNetworkPolicyEgressPeer.Networks: "if you Allow or Deny traffic to
    // 0.0.0.0/0, that will allow or deny all IPv4 pod-to-pod traffic as well".
    Net n = Net.of(X, Y, XA, YA, admin("no-egress", 10, """
        subject:
          namespaces: {matchLabels: {team: a}}
        egress:
        - action: Allow
          to: [{networks: [198.51.100.0/24]}]
        - action: Deny
          to: [{networks: [0.0.0.0/0]}]
        """));
    assertThat(n.ports("x/a", "198.51.100.20")).isEqualTo("all");
    assertThat(n.ports("x/a", "203.0.113.20")).isEqualTo("none");
    assertThat(n.ports("x/a", "y/a")).isEqualTo("none");
  }

  @Test
  void aPeerOfUnknownTypeFailsClosed() {
    // apis/v1alpha1: for Allow rules "treat the rule as matching no traffic"; for Deny and Pass
    // rules "treat the rule as a 'Deny all' rule".
    String unknownPeer = "[{namespaces: {matchLabels: {team: b}}}, {futurePeer: {}}]";
    Net allow = Net.of(X, Y, XA, YA, policy("x", "deny", "podSelector: {}\n"),
        admin("a", 10, """
            subject: {namespaces: {}}
            ingress:
            - action: Allow
              from: PEERS
            """.replace("PEERS", unknownPeer)));
    assertThat(allow.ports("y/a", "x/a")).as("the known peer still allows").isEqualTo("all");
    Net pass = Net.of(X, Y, XA, YA, admin("p", 10, """
        subject: {namespaces: {}}
        ingress:
        - action: Pass
          from: [{futurePeer: {}}]
        """));
    assertThat(pass.ports("y/a", "x/a")).isEqualTo("none");
  }

  @Test
  void namedPortsResolveAtTheDestinationInAnyProtocol() {
    Net n = Net.of(X, Y, XA, YA, policy("x", "deny", "podSelector: {}\n"),
        admin("named", 10, """
            subject: {namespaces: {}}
            ingress:
            - action: Allow
              from: [{namespaces: {}}]
              ports: [{namedPort: dns}]
            """));
    assertThat(n.ports("y/a", "x/a")).isEqualTo("UDP/53");
  }

  @Test
  void hostNetworkPodsAreNeitherSubjectsNorPeers() {
    String host = pod("x", "h", "pod=h", "").replace("spec:\n", "spec:\n  hostNetwork: true\n");
    Net n = Net.of(X, Y, XA, YA, host, admin("deny", 10, """
        subject: {namespaces: {}}
        ingress:
        - action: Deny
          from: [{namespaces: {}}]
        """));
    assertThat(n.ports("y/a", "x/h")).isEqualTo("all");
    assertThat(n.ports("x/h", "y/a")).isEqualTo("all");
    assertThat(n.ports("x/a", "y/a")).isEqualTo("none");
  }

  @Test
  void anAdminPolicyWithoutAValidPriorityIsRefused() {
    Net n = Net.of(X, Y, XA, YA, DENY_X_FROM_Y.replace("priority: 20", "priority: 1001"));
    assertThat(n.ports("y/a", "x/a")).isEqualTo("all");
  }

  @Test
  void canReachNamesThePoliciesOfBothDirections() {
    Net n = Net.of(X, Y, XA, YA, DENY_X_FROM_Y,
        policy("y", "egress", "podSelector: {}\negress:\n- ports: [{port: 8080}]\n"));
    Reachability r = n.model.reach(n.at("y/a"), n.at("x/a"), PortSet.port(Protocol.TCP, 8080));
    assertThat(r.reachable()).isFalse();
    assertThat(r.egress().allowed().isEmpty()).isFalse();
    assertThat(r.egress().decisions()).extracting(d -> d.effect() + " " + d.policy())
        .containsExactly("ISOLATE y/egress", "ALLOW y/egress");
    assertThat(r.ingress().decisions()).extracting(d -> d.effect() + " " + d.policy() + " "
        + d.rule()).containsExactly("DENY deny-y ingress[0] (no-team-b)");
  }
}
