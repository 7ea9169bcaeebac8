package io.github.kubecheck.rbac;

import static io.github.kubecheck.rbac.Clusters.binding;
import static io.github.kubecheck.rbac.Clusters.can;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The bootstrap policy (plugin/pkg/auth/authorizer/rbac/bootstrappolicy: policy.go,
 * controller_policy.go, namespace_policy.go) with its aggregated roles, as users meet it.
 */
class BootstrapPolicyTest {

  private static Authorizer bound(String clusterRole) {
    return Clusters.withBootstrap(binding("RoleBinding", "ci", "b", "ClusterRole", clusterRole,
        "- kind: User\n  name: alice\n"));
  }

  @Test
  void editCreatesWorkloadsButNotRolesAndReadsSecrets() {
    Authorizer a = bound("edit");
    assertThat(can(a, "user:alice", "create", "deployments.apps", "ci")).isTrue();
    assertThat(can(a, "user:alice", "update", "deployments.apps/scale", "ci")).isTrue();
    assertThat(can(a, "user:alice", "create", "pods/exec", "ci")).isTrue();
    assertThat(can(a, "user:alice", "get", "secrets", "ci")).isTrue();
    assertThat(can(a, "user:alice", "impersonate", "serviceaccounts", "ci")).isTrue();
    assertThat(can(a, "user:alice", "create", "serviceaccounts/token", "ci")).isTrue();
    assertThat(can(a, "user:alice", "create", "roles.rbac.authorization.k8s.io", "ci"))
        .isFalse();
    assertThat(can(a, "user:alice", "create", "rolebindings.rbac.authorization.k8s.io", "ci"))
        .isFalse();
    assertThat(can(a, "user:alice", "update", "resourcequotas", "ci")).isFalse();
    assertThat(can(a, "user:alice", "create", "deployments.apps", "prod")).isFalse();
  }

  @Test
  void viewReadsButCannotReadSecretsOrWrite() {
    Authorizer a = bound("view");
    assertThat(can(a, "user:alice", "get", "pods", "ci")).isTrue();
    assertThat(can(a, "user:alice", "list", "deployments.apps", "ci")).isTrue();
    assertThat(can(a, "user:alice", "get", "pods/log", "ci")).isTrue();
    assertThat(can(a, "user:alice", "watch", "endpointslices.discovery.k8s.io", "ci")).isTrue();
    assertThat(can(a, "user:alice", "get", "secrets", "ci")).isFalse();
    assertThat(can(a, "user:alice", "create", "pods/exec", "ci")).isFalse();
    assertThat(can(a, "user:alice", "create", "configmaps", "ci")).isFalse();
    assertThat(can(a, "user:alice", "get", "roles.rbac.authorization.k8s.io", "ci")).isFalse();
  }

  @Test
  void adminAddsRolesAndBindingsToEdit() {
    Authorizer a = bound("admin");
    assertThat(can(a, "user:alice", "create", "roles.rbac.authorization.k8s.io", "ci")).isTrue();
    assertThat(can(a, "user:alice", "patch", "rolebindings.rbac.authorization.k8s.io", "ci"))
        .isTrue();
    assertThat(can(a, "user:alice", "create", "localsubjectaccessreviews.authorization.k8s.io",
        "ci")).isTrue();
    assertThat(can(a, "user:alice", "delete", "deployments.apps", "ci")).isTrue();
    assertThat(can(a, "user:alice", "get", "pods", "ci")).as("admin aggregates edit's view")
        .isTrue();
    assertThat(can(a, "user:alice", "update", "resourcequotas", "ci")).isFalse();
    assertThat(can(a, "user:alice", "create", "clusterroles.rbac.authorization.k8s.io", "ci"))
        .as("cluster-scoped roles are not the namespace admin's").isFalse();
  }

  @Test
  void everyIdentityHasTheDiscoveryAndPublicRoles() {
    Authorizer a = Clusters.withBootstrap("");
    assertThat(can(a, "user:alice", "get", "/api", "")).isTrue();
    assertThat(can(a, "user:alice", "get", "/apis/apps/v1", "")).isTrue();
    assertThat(can(a, "user:alice", "create", "selfsubjectaccessreviews.authorization.k8s.io",
        "")).isTrue();
    assertThat(can(a, "user:alice", "create", "selfsubjectreviews.authentication.k8s.io", ""))
        .isTrue();
    assertThat(can(a, "user:system:anonymous", "get", "/healthz", "")).isTrue();
    assertThat(can(a, "user:system:anonymous", "get", "/version", "")).isTrue();
    assertThat(can(a, "user:system:anonymous", "get", "/api", ""))
        .as("discovery is for authenticated users since 1.14").isFalse();
    assertThat(can(a, "serviceaccount:ci:app", "get", "/openid/v1/jwks", "")).isTrue();
    assertThat(can(a, "user:alice", "get", "/openid/v1/jwks", "")).isFalse();
    assertThat(can(a, "user:alice", "get", "pods", "default")).isFalse();
    assertThat(can(a, "user:alice", "get", "/metrics", "")).isFalse();
    assertThat(can(a, "group:system:monitoring", "get", "/metrics", "")).isTrue();
  }

  @Test
  void systemMastersIsBoundToClusterAdmin() {
    Authorizer a = Clusters.withBootstrap("");
    Decision d = a.authorize(Clusters.as("group:system:masters"),
        Clusters.request("delete", "nodes", "", ""));
    assertThat(d.allowed()).isTrue();
    assertThat(d.via()).extracting(Via::binding)
        .containsExactly("ClusterRoleBinding cluster-admin");
  }

  @Test
  void controllersHoldTheirOwnRoles() {
    Authorizer a = Clusters.withBootstrap("");
    assertThat(can(a, "serviceaccount:kube-system:generic-garbage-collector", "delete",
        "secrets", "shop")).isTrue();
    assertThat(can(a, "serviceaccount:kube-system:daemon-set-controller", "create", "pods",
        "shop")).isTrue();
    assertThat(can(a, "serviceaccount:kube-system:daemon-set-controller", "get", "secrets",
        "shop")).isFalse();
    assertThat(can(a, "user:system:kube-scheduler", "create", "pods/binding", "shop")).isTrue();
    assertThat(can(a, "user:system:kube-scheduler", "get", "leases.coordination.k8s.io",
        "kube-scheduler", "kube-system")).isTrue();
    assertThat(can(a, "user:system:kube-scheduler", "update", "leases.coordination.k8s.io",
        "kube-controller-manager", "")).isFalse();
    assertThat(can(a, "user:system:kube-controller-manager", "get", "configmaps",
        "extension-apiserver-authentication", "kube-system")).isTrue();
    assertThat(can(a, "serviceaccount:kube-system:token-cleaner", "delete", "secrets",
        "kube-system")).isTrue();
    assertThat(can(a, "serviceaccount:kube-system:token-cleaner", "delete", "secrets",
        "shop")).isFalse();
    assertThat(can(a, "serviceaccount:kube-system:horizontal-pod-autoscaler", "update",
        "deployments.apps/scale", "shop")).isTrue();
  }

  @Test
  void nodesAreNotAuthorizedByRbac() {
    Authorizer a = Clusters.withBootstrap("");
    assertThat(can(a, "group:system:nodes", "get", "secrets", "shop"))
        .as("system:node has no subjects; the Node authorizer answers for kubelets").isFalse();
  }

  @Test
  void withoutBootstrapNothingButSystemMastersIsAllowed() {
    Authorizer a = Clusters.alone("");
    assertThat(can(a, "user:alice", "get", "/api", "")).isFalse();
    assertThat(a.roles()).isEmpty();
    assertThat(can(a, "group:system:masters", "get", "/api", "")).isTrue();
  }
}
