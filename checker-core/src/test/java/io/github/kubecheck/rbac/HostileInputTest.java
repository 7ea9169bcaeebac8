package io.github.kubecheck.rbac;

import static io.github.kubecheck.rbac.Clusters.can;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Roles and bindings with fields of the wrong type read as absent (the schema rules report them)
 * and grant nothing they do not spell out; nothing throws.
 */
class HostileInputTest {

  @Test
  void wrongTypesGrantNothingAndNeverThrow() {
    Authorizer a = Clusters.alone("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: odd}
        rules: {apiGroups: ["*"]}
        aggregationRule: yes
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: odder, labels: [a]}
        aggregationRule: {clusterRoleSelectors: [1, null, {matchLabels: {a: [b]}}]}
        rules:
        - null
        - 42
        - {verbs: [get, null, 7], apiGroups: [""], resources: [pods, {x: y}]}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: {name: b1}
        roleRef: cluster-admin
        subjects: {kind: User, name: alice}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: {name: b2}
        roleRef: {kind: ClusterRole, name: [odd]}
        subjects: [alice, null, {kind: User}, {kind: User, name: {n: alice}}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: b3, namespace: ci}
        roleRef: {kind: ClusterRole, name: odder}
        subjects: [{kind: ServiceAccount, name: app, namespace: {bad: 1}}, {kind: User, name: bob}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {namespace: ci}
        roleRef: {kind: ClusterRole, name: odder}
        subjects: [{kind: User, name: carol}]
        """);
    assertThat(can(a, "user:alice", "get", "pods", "ci")).isFalse();
    assertThat(can(a, "user:bob", "get", "pods", "ci")).as("the readable part of the rule")
        .isTrue();
    assertThat(can(a, "serviceaccount:ci:app", "get", "pods", "ci"))
        .as("a namespace of the wrong type defaults to the binding's").isTrue();
    assertThat(can(a, "user:carol", "get", "pods", "ci")).as("a binding without a name")
        .isFalse();
    assertThat(a.whoCan(Clusters.get("pods", "ci"))).extracting(s -> s.subject().describe())
        .containsExactly("Group system:masters", "ServiceAccount ci/app", "User bob");
    assertThat(a.rulesOf(Clusters.as("user:bob"), Optional.empty())).hasSize(2);
    assertThat(Escalations.report(a, java.util.Map.of("ci", java.util.Set.of("app", "default")))
        .paths()).isEmpty();
  }

  @Test
  void objectsOfOtherGroupsAreNotRbac() {
    Authorizer a = Clusters.alone("""
        apiVersion: example.com/v1
        kind: ClusterRoleBinding
        metadata: {name: fake}
        roleRef: {kind: ClusterRole, name: cluster-admin}
        subjects: [{kind: User, name: alice}]
        """);
    assertThat(a.bindings()).isEmpty();
    assertThat(List.of(a.roles().size())).containsExactly(0);
  }
}
