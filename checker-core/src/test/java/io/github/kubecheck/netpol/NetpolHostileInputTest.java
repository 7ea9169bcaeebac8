package io.github.kubecheck.netpol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ill-typed policies, pods and owner chains read as absent or as matching nothing. */
class NetpolHostileInputTest {

  private static final String[] HOSTILE = {
      """
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: {name: a, namespace: x}
      spec: [1, 2]
      """,
      """
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: {name: b, namespace: x}
      spec:
        podSelector: "everything"
        policyTypes: Ingress
        ingress: {from: everyone}
        egress:
        - just text
        - to: "x"
          ports: [1, {port: [1]}, {port: 99999}, {port: 80, endPort: 1}, {endPort: 90}]
        - to:
          - ipBlock: {cidr: 5}
          - ipBlock: {cidr: "1.2.3.4/99", except: "x"}
          - ipBlock: {cidr: "10.0.0.0/8", except: ["11.0.0.0/8", "::/0", null]}
          - namespaceSelector: {matchExpressions: [{key: a, operator: Bogus}]}
          - podSelector: {matchLabels: [1]}
      """,
      """
      apiVersion: policy.networking.k8s.io/v1alpha1
      kind: AdminNetworkPolicy
      metadata: {name: c}
      spec:
        priority: "high"
      """,
      """
      apiVersion: policy.networking.k8s.io/v1alpha1
      kind: AdminNetworkPolicy
      metadata: {name: d}
      spec:
        priority: 3
        subject: []
        ingress: [{action: 1, from: [3]}, {action: Deny, from: {a: b}}]
        egress:
        - action: Allow
          to: [{networks: [x, 5, "::1/200"]}, {nodes: {}}, {domainNames: ["*.example.com"]}]
          ports: [{portNumber: {port: "x"}}, {portRange: {start: 9, end: 1}}, {namedPort: 5},
                  {portNumber: {port: 1}, namedPort: a}]
      """,
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: loop-a
        namespace: x
        ownerReferences: [{kind: Pod, name: loop-b, apiVersion: v1, controller: true}]
      spec:
        containers: {name: c}
      status: {podIP: "not-an-ip", podIPs: "x"}
      """,
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: loop-b
        namespace: x
        ownerReferences: [{kind: Pod, name: loop-a, apiVersion: v1, controller: true}, 5]
      spec:
        containers: [{name: c, ports: "x"}, {name: d, ports: [{name: p, containerPort: "80"}]}]
      """,
  };

  @Test
  void theEngineNeverThrowsAndIllTypedPartsMatchNothing() {
    Net n = Net.of(HOSTILE);
    Matrix m = n.model.matrix();
    assertThat(m.endpoints()).isNotEmpty();
    assertThat(n.model.workloads()).extracting(Workload::name).contains("x/loop-a");
    for (Workload w : n.model.workloads()) {
      for (Workload v : n.model.workloads()) {
        n.model.reach(new NetworkEndpoint.OfWorkload(w), new NetworkEndpoint.OfWorkload(v),
            PortSet.ALL);
      }
    }
  }

  @Test
  void theSameInputGivesTheSameMatrix() {
    String ns = Net.namespace("x", "");
    String a = Net.pod("x", "a", "app=a", "http:80");
    String b = Net.pod("x", "b", "app=b", "");
    String p = Net.policy("x", "p", "podSelector: {}\ningress:\n- ports: [{port: http}]\n");
    assertThat(Net.of(ns, a, b, p).model.matrix().toString())
        .isEqualTo(Net.of(ns, a, b, p).model.matrix().toString());
  }
}
