package io.github.kubecheck.rbac;

import static io.github.kubecheck.rbac.Clusters.alone;
import static io.github.kubecheck.rbac.Clusters.binding;
import static io.github.kubecheck.rbac.Clusters.can;
import static io.github.kubecheck.rbac.Clusters.role;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The matching helpers of the RBAC authorizer (pkg/apis/rbac/v1/evaluation_helpers.go:
 * VerbMatches, APIGroupMatches, ResourceMatches, ResourceNameMatches, NonResourceURLMatches), each
 * through a ClusterRole bound to user alice, with no bootstrap policy in the way.
 */
class RuleMatchingTest {

  private static Authorizer granting(String rules) {
    return alone(role("ClusterRole", "", "r", rules)
        + binding("ClusterRoleBinding", "", "b", "ClusterRole", "r",
            "- kind: User\n  name: alice\n"));
  }

  @Test
  void verbMatchesExactlyOrByStar() {
    Authorizer a = granting("- apiGroups: [\"\"]\n  resources: [pods]\n  verbs: [get, list]\n");
    assertThat(can(a, "user:alice", "get", "pods", "")).isTrue();
    assertThat(can(a, "user:alice", "list", "pods", "")).isTrue();
    assertThat(can(a, "user:alice", "delete", "pods", "")).isFalse();
    assertThat(can(a, "user:alice", "GET", "pods", "")).as("verbs are case-sensitive").isFalse();
    Authorizer star = granting("- apiGroups: [\"\"]\n  resources: [pods]\n  verbs: [\"*\"]\n");
    assertThat(can(star, "user:alice", "deletecollection", "pods", "")).isTrue();
    assertThat(can(star, "user:alice", "escalate", "pods", "")).isTrue();
  }

  @Test
  void apiGroupMatchesCoreAsEmptyStringAndStarAsAny() {
    Authorizer core = granting("- apiGroups: [\"\"]\n  resources: [deployments]\n"
        + "  verbs: [get]\n");
    assertThat(can(core, "user:alice", "get", "deployments.apps", "")).isFalse();
    assertThat(can(core, "user:alice", "get", "deployments.v1", ""))
        .as("the part after the dot is a group").isFalse();
    Authorizer apps = granting("- apiGroups: [apps]\n  resources: [deployments]\n"
        + "  verbs: [get]\n");
    assertThat(can(apps, "user:alice", "get", "deployments.apps", "")).isTrue();
    assertThat(can(apps, "user:alice", "get", "deployments", "")).as("bare plural takes apps")
        .isTrue();
    assertThat(can(apps, "user:alice", "get", "deployments.extensions", "")).isFalse();
    Authorizer any = granting("- apiGroups: [\"*\"]\n  resources: [deployments]\n"
        + "  verbs: [get]\n");
    assertThat(can(any, "user:alice", "get", "deployments.extensions", "")).isTrue();
    assertThat(can(any, "user:alice", "get", "servicemonitors.monitoring.coreos.com", ""))
        .isFalse();
  }

  @Test
  void resourceMatchesSubresourcesOnlyWhenNamedOrByStarSlash() {
    Authorizer pods = granting("- apiGroups: [\"\"]\n  resources: [pods]\n"
        + "  verbs: [create, get]\n");
    assertThat(can(pods, "user:alice", "create", "pods", "")).isTrue();
    assertThat(can(pods, "user:alice", "create", "pods/exec", "")).as("pods is not pods/exec")
        .isFalse();
    Authorizer exec = granting("- apiGroups: [\"\"]\n  resources: [pods/exec]\n"
        + "  verbs: [create]\n");
    assertThat(can(exec, "user:alice", "create", "pods/exec", "")).isTrue();
    assertThat(can(exec, "user:alice", "create", "pods", "")).isFalse();
    assertThat(can(exec, "user:alice", "create", "pods/attach", "")).isFalse();
    Authorizer scale = granting("- apiGroups: [\"*\"]\n  resources: [\"*/scale\"]\n"
        + "  verbs: [update]\n");
    assertThat(can(scale, "user:alice", "update", "deployments.apps/scale", "")).isTrue();
    assertThat(can(scale, "user:alice", "update", "replicationcontrollers/scale", "")).isTrue();
    assertThat(can(scale, "user:alice", "update", "deployments.apps", "")).isFalse();
    assertThat(can(scale, "user:alice", "update", "deployments.apps/status", "")).isFalse();
    Authorizer all = granting("- apiGroups: [\"\"]\n  resources: [\"*\"]\n  verbs: [get]\n");
    assertThat(can(all, "user:alice", "get", "pods/log", "")).isTrue();
    assertThat(can(all, "user:alice", "get", "secrets", "")).isTrue();
  }

  @Test
  void resourceNamesLimitNamedRequestsOnly() {
    Authorizer a = granting("- apiGroups: [\"\"]\n  resources: [configmaps]\n"
        + "  resourceNames: [settings]\n  verbs: [get, list, watch, update, create, "
        + "deletecollection]\n");
    assertThat(can(a, "user:alice", "get", "configmaps", "settings", "")).isTrue();
    assertThat(can(a, "user:alice", "get", "configmaps", "other", "")).isFalse();
    assertThat(can(a, "user:alice", "get", "configmaps", "")).as("no name, no match").isFalse();
    assertThat(can(a, "user:alice", "list", "configmaps", "")).isFalse();
    assertThat(can(a, "user:alice", "list", "configmaps", "settings", ""))
        .as("a metadata.name field selector names the object").isTrue();
    assertThat(can(a, "user:alice", "update", "configmaps", "settings", "")).isTrue();
    assertThat(can(a, "user:alice", "create", "configmaps", "settings", ""))
        .as("a create carries no name, so resourceNames cannot allow it").isFalse();
    assertThat(can(a, "user:alice", "deletecollection", "configmaps", "settings", "")).isFalse();
    Authorizer token = granting("- apiGroups: [\"\"]\n  resources: [serviceaccounts/token]\n"
        + "  resourceNames: [builder]\n  verbs: [create]\n");
    assertThat(can(token, "user:alice", "create", "serviceaccounts/token", "builder", ""))
        .as("a create on a subresource names its object").isTrue();
    assertThat(can(token, "user:alice", "create", "serviceaccounts/token", "other", ""))
        .isFalse();
  }

  @Test
  void nonResourceUrlsMatchExactlyOrByTrailingStar() {
    Authorizer a = granting("- nonResourceURLs: [/healthz, \"/logs/*\"]\n  verbs: [get]\n");
    assertThat(can(a, "user:alice", "get", "/healthz", "")).isTrue();
    assertThat(can(a, "user:alice", "get", "/healthz/etcd", "")).isFalse();
    assertThat(can(a, "user:alice", "get", "/logs/", "")).isTrue();
    assertThat(can(a, "user:alice", "get", "/logs/kube-apiserver.log", "")).isTrue();
    assertThat(can(a, "user:alice", "get", "/logs", "")).isFalse();
    assertThat(can(a, "user:alice", "post", "/healthz", "")).isFalse();
    Authorizer all = granting("- nonResourceURLs: [\"*\"]\n  verbs: [\"*\"]\n");
    assertThat(can(all, "user:alice", "post", "/anything/at/all", "")).isTrue();
    assertThat(can(all, "user:alice", "get", "pods", "")).as("URLs are not resources")
        .isFalse();
  }

  @Test
  void resourceRulesDoNotMatchUrlsAndRulesOfWrongTypesAllowNothing() {
    Authorizer a = granting("- apiGroups: [\"*\"]\n  resources: [\"*\"]\n  verbs: [\"*\"]\n"
        + "- not-a-rule\n- verbs: get\n  resources: {a: b}\n");
    assertThat(can(a, "user:alice", "get", "/healthz", "")).isFalse();
    assertThat(can(a, "user:alice", "get", "pods", "")).isTrue();
  }
}
