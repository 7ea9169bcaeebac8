package io.github.kubecheck.rbac;

import static io.github.kubecheck.rbac.Clusters.alone;
import static io.github.kubecheck.rbac.Clusters.binding;
import static io.github.kubecheck.rbac.Clusters.can;
import static io.github.kubecheck.rbac.Clusters.role;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How the rule resolver finds the rules of a request (pkg/registry/rbac/validation/rule.go:
 * VisitRulesFor, GetRoleReferenceRules, appliesTo) and the identities the authenticator gives.
 */
class RuleResolutionTest {

  private static final String READ_PODS = "- apiGroups: [\"\"]\n  resources: [pods]\n"
      + "  verbs: [get]\n";

  @Test
  void roleBindingToClusterRoleGrantsItsRulesInTheBindingNamespaceOnly() {
    Authorizer a = alone(role("ClusterRole", "", "reader", READ_PODS)
        + binding("RoleBinding", "ci", "b", "ClusterRole", "reader",
            "- kind: User\n  name: alice\n"));
    assertThat(can(a, "user:alice", "get", "pods", "ci")).isTrue();
    assertThat(can(a, "user:alice", "get", "pods", "prod")).isFalse();
    assertThat(can(a, "user:alice", "get", "pods", "")).as("cluster-wide: only CRBs count")
        .isFalse();
  }

  @Test
  void clusterRoleBindingGrantsInEveryNamespaceAndClusterWide() {
    Authorizer a = alone(role("ClusterRole", "", "reader", READ_PODS)
        + binding("ClusterRoleBinding", "", "b", "ClusterRole", "reader",
            "- kind: Group\n  name: devs\n"));
    assertThat(can(a, "group:devs", "get", "pods", "ci")).isTrue();
    assertThat(can(a, "group:devs", "get", "pods", "")).isTrue();
    assertThat(can(a, "user:alice", "get", "pods", "ci")).as("alice is not in devs").isFalse();
  }

  @Test
  void roleBindingToRoleUsesTheRoleOfItsOwnNamespace() {
    Authorizer a = alone(role("Role", "ci", "reader", READ_PODS)
        + binding("RoleBinding", "prod", "b", "Role", "reader", "- kind: User\n  name: bob\n")
        + binding("RoleBinding", "ci", "b", "Role", "reader", "- kind: User\n  name: alice\n"));
    assertThat(can(a, "user:alice", "get", "pods", "ci")).isTrue();
    assertThat(can(a, "user:bob", "get", "pods", "prod"))
        .as("no Role reader in prod: the binding grants nothing").isFalse();
  }

  @Test
  void clusterRoleBindingCannotGrantARole() {
    Authorizer a = alone(role("Role", "default", "reader", READ_PODS)
        + binding("ClusterRoleBinding", "", "b", "Role", "reader",
            "- kind: User\n  name: alice\n"));
    assertThat(can(a, "user:alice", "get", "pods", "default")).isFalse();
  }

  @Test
  void bindingToAMissingRoleGrantsNothing() {
    Authorizer a = alone(binding("ClusterRoleBinding", "", "b", "ClusterRole", "gone",
        "- kind: User\n  name: alice\n"));
    assertThat(can(a, "user:alice", "get", "pods", "")).isFalse();
  }

  @Test
  void serviceAccountSubjectDefaultsToTheRoleBindingNamespace() {
    Authorizer a = alone(role("ClusterRole", "", "reader", READ_PODS)
        + binding("RoleBinding", "ci", "rb", "ClusterRole", "reader",
            "- kind: ServiceAccount\n  name: builder\n")
        + binding("ClusterRoleBinding", "", "crb", "ClusterRole", "reader",
            "- kind: ServiceAccount\n  name: deployer\n"));
    assertThat(can(a, "serviceaccount:ci:builder", "get", "pods", "ci")).isTrue();
    assertThat(can(a, "serviceaccount:prod:builder", "get", "pods", "ci")).isFalse();
    assertThat(can(a, "serviceaccount:ci:deployer", "get", "pods", "ci"))
        .as("a ClusterRoleBinding's ServiceAccount without a namespace matches nobody")
        .isFalse();
  }

  @Test
  void userNamedLikeAServiceAccountIsThatServiceAccount() {
    Authorizer a = alone(role("ClusterRole", "", "reader", READ_PODS)
        + binding("ClusterRoleBinding", "", "crb", "ClusterRole", "reader",
            "- kind: User\n  name: system:serviceaccount:ci:builder\n"));
    assertThat(can(a, "serviceaccount:ci:builder", "get", "pods", "ci")).isTrue();
    assertThat(can(a, "system:serviceaccount:ci:builder", "get", "pods", "ci")).isTrue();
  }

  @Test
  void serviceAccountsAreInTheirGroupsAndUsersInAuthenticated() {
    Authorizer a = alone(role("ClusterRole", "", "reader", READ_PODS)
        + binding("RoleBinding", "ci", "all-sa", "ClusterRole", "reader",
            "- kind: Group\n  name: system:serviceaccounts\n")
        + binding("RoleBinding", "prod", "prod-sa", "ClusterRole", "reader",
            "- kind: Group\n  name: system:serviceaccounts:prod\n")
        + binding("RoleBinding", "qa", "users", "ClusterRole", "reader",
            "- kind: Group\n  name: system:authenticated\n")
        + binding("RoleBinding", "public", "anon", "ClusterRole", "reader",
            "- kind: Group\n  name: system:unauthenticated\n"));
    assertThat(can(a, "serviceaccount:x:y", "get", "pods", "ci")).isTrue();
    assertThat(can(a, "user:alice", "get", "pods", "ci")).isFalse();
    assertThat(can(a, "serviceaccount:prod:y", "get", "pods", "prod")).isTrue();
    assertThat(can(a, "serviceaccount:x:y", "get", "pods", "prod")).isFalse();
    assertThat(can(a, "user:alice", "get", "pods", "qa")).isTrue();
    assertThat(can(a, "serviceaccount:x:y", "get", "pods", "qa")).isTrue();
    assertThat(can(a, "group:devs", "get", "pods", "qa")).as("a member of a group").isTrue();
    assertThat(can(a, "user:system:anonymous", "get", "pods", "qa")).isFalse();
    assertThat(can(a, "user:system:anonymous", "get", "pods", "public")).isTrue();
    assertThat(can(a, "user:alice", "get", "pods", "public")).isFalse();
  }

  @Test
  void systemMastersIsAllowedEverythingWithoutAnyBinding() {
    Authorizer a = alone("");
    Decision d = a.authorize(Clusters.as("group:system:masters"),
        Clusters.request("delete", "nodes", "", ""));
    assertThat(d.allowed()).isTrue();
    assertThat(d.via()).containsExactly(new Via.Superuser());
    assertThat(can(a, "user:alice", "delete", "nodes", "")).isFalse();
  }

  @Test
  void viaNamesEveryBindingAndRoleThatAllowsInVisitingOrder() {
    Authorizer a = alone(role("ClusterRole", "", "reader", READ_PODS)
        + role("Role", "ci", "local", READ_PODS)
        + binding("RoleBinding", "ci", "b2", "Role", "local", "- kind: User\n  name: alice\n")
        + binding("ClusterRoleBinding", "", "b1", "ClusterRole", "reader",
            "- kind: User\n  name: alice\n"));
    Decision d = a.authorize(Clusters.as("user:alice"), Clusters.get("pods", "ci"));
    assertThat(d.via()).extracting(Via::binding, Via::role).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ClusterRoleBinding b1", "ClusterRole reader"),
        org.assertj.core.groups.Tuple.tuple("RoleBinding ci/b2", "Role ci/local"));
  }

  @Test
  void inputReplacesAClusterObjectOfTheSameName() {
    Authorizer a = Clusters.withBootstrap(role("ClusterRole", "", "view",
        "- apiGroups: [\"\"]\n  resources: [secrets]\n  verbs: [get]\n")
        + binding("RoleBinding", "ci", "b", "ClusterRole", "view",
            "- kind: User\n  name: alice\n"));
    assertThat(can(a, "user:alice", "get", "secrets", "ci")).isTrue();
    assertThat(can(a, "user:alice", "get", "pods", "ci")).as("the bootstrap view is replaced")
        .isFalse();
  }
}
