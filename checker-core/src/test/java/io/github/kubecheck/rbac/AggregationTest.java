package io.github.kubecheck.rbac;

import static io.github.kubecheck.rbac.Clusters.alone;
import static io.github.kubecheck.rbac.Clusters.binding;
import static io.github.kubecheck.rbac.Clusters.can;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * ClusterRole aggregation as the clusterrole-aggregation controller computes it
 * (pkg/controller/clusterroleaggregation/clusterroleaggregation_controller.go syncClusterRole).
 */
class AggregationTest {

  private static String clusterRole(String name, String labels, String aggregation,
      String rules) {
    return "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: "
        + name + "\n" + (labels.isEmpty() ? "" : "  labels:\n" + labels)
        + (aggregation.isEmpty() ? "" : "aggregationRule:\n" + aggregation)
        + (rules.isEmpty() ? "" : "rules:\n" + rules) + "---\n";
  }

  private static final String CRONTABS = "- apiGroups: [stable.example.com]\n"
      + "  resources: [crontabs]\n  verbs: [get, list, watch]\n";

  @Test
  void aLabelledRoleJoinsViewAndThroughItEditAndAdmin() {
    String input = clusterRole("crontab-reader",
        "    rbac.authorization.k8s.io/aggregate-to-view: \"true\"\n", "", CRONTABS);
    for (String bound : new String[] {"view", "edit", "admin"}) {
      Authorizer a = Clusters.withBootstrap(input + binding("RoleBinding", "ci", "b",
          "ClusterRole", bound, "- kind: User\n  name: alice\n"));
      assertThat(can(a, "user:alice", "list", "crontabs.stable.example.com", "ci")).as(bound)
          .isTrue();
    }
    Authorizer plain = Clusters.withBootstrap(binding("RoleBinding", "ci", "b", "ClusterRole",
        "view", "- kind: User\n  name: alice\n"));
    assertThat(can(plain, "user:alice", "list", "crontabs.stable.example.com", "ci")).isFalse();
  }

  @Test
  void rulesWrittenInAnAggregatedRoleAreReplaced() {
    Authorizer a = alone(clusterRole("agg", "", "  clusterRoleSelectors:\n"
        + "  - matchLabels: {team: a}\n",
        "- apiGroups: [\"\"]\n  resources: [secrets]\n  verbs: [get]\n")
        + clusterRole("part", "    team: a\n", "", CRONTABS)
        + binding("ClusterRoleBinding", "", "b", "ClusterRole", "agg",
            "- kind: User\n  name: alice\n"));
    assertThat(can(a, "user:alice", "get", "crontabs.stable.example.com", "")).isTrue();
    assertThat(can(a, "user:alice", "get", "secrets", "")).isFalse();
  }

  @Test
  void anEmptySelectorSelectsEveryOtherClusterRoleButNotItself() {
    Authorizer a = alone(clusterRole("everything", "", "  clusterRoleSelectors:\n  - {}\n", "")
        + clusterRole("part", "", "", CRONTABS)
        + binding("ClusterRoleBinding", "", "b", "ClusterRole", "everything",
            "- kind: User\n  name: alice\n"));
    assertThat(can(a, "user:alice", "get", "crontabs.stable.example.com", "")).isTrue();
    Role everything = a.role("ClusterRole/everything").orElseThrow();
    assertThat(a.effectiveRules(everything)).extracting(r -> r.origin().name())
        .containsOnly("part");
  }

  @Test
  void selectorsWithExpressionsAndDuplicatesDroppedInNameOrder() {
    Authorizer a = alone(clusterRole("agg", "", "  clusterRoleSelectors:\n"
        + "  - matchExpressions:\n    - {key: tier, operator: In, values: [x, y]}\n"
        + "  - matchLabels: {tier: y}\n", "")
        + clusterRole("b-role", "    tier: y\n", "", CRONTABS)
        + clusterRole("a-role", "    tier: x\n", "", CRONTABS
            + "- apiGroups: [\"\"]\n  resources: [pods]\n  verbs: [get]\n"));
    Role agg = a.role("ClusterRole/agg").orElseThrow();
    assertThat(a.effectiveRules(agg)).extracting(r -> r.origin().name() + "#" + r.index())
        .containsExactly("a-role#0", "a-role#1");
  }

  @Test
  void aggregatedRolesFeedEachOther() {
    Authorizer a = alone(clusterRole("top", "", "  clusterRoleSelectors:\n"
        + "  - matchLabels: {level: middle}\n", "")
        + clusterRole("middle", "    level: middle\n", "  clusterRoleSelectors:\n"
            + "  - matchLabels: {level: bottom}\n", "")
        + clusterRole("bottom", "    level: bottom\n", "", CRONTABS)
        + binding("ClusterRoleBinding", "", "b", "ClusterRole", "top",
            "- kind: User\n  name: alice\n"));
    assertThat(can(a, "user:alice", "watch", "crontabs.stable.example.com", "")).isTrue();
  }

  @Test
  void aSelectorTheControllerCannotReadLeavesTheRoleAsWritten() {
    Authorizer a = alone(clusterRole("agg", "", "  clusterRoleSelectors:\n"
        + "  - matchExpressions:\n    - {key: tier, operator: Like, values: [x]}\n",
        "- apiGroups: [\"\"]\n  resources: [secrets]\n  verbs: [get]\n")
        + clusterRole("part", "    tier: x\n", "", CRONTABS)
        + binding("ClusterRoleBinding", "", "b", "ClusterRole", "agg",
            "- kind: User\n  name: alice\n"));
    assertThat(can(a, "user:alice", "get", "secrets", "")).isTrue();
    assertThat(can(a, "user:alice", "get", "crontabs.stable.example.com", "")).isFalse();
  }

  @Test
  void aRoleOnlyAggregatesClusterRoles() {
    Authorizer a = alone("apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n"
        + "  name: r\n  namespace: ci\n  labels: {team: a}\nrules:\n" + CRONTABS + "---\n"
        + clusterRole("agg", "", "  clusterRoleSelectors:\n  - matchLabels: {team: a}\n", ""));
    assertThat(a.effectiveRules(a.role("ClusterRole/agg").orElseThrow())).isEmpty();
  }
}
