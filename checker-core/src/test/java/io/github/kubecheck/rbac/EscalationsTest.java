package io.github.kubecheck.rbac;

import static io.github.kubecheck.rbac.Clusters.binding;
import static io.github.kubecheck.rbac.Clusters.role;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.cluster.Cluster;
import io.github.kubecheck.model.Resource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Escalation through pod creation: a pod may name any ServiceAccount of its namespace, so who
 * can create pods (or workloads that create them) there can act with that account's token.
 */
class EscalationsTest {

  private static final String ACCOUNTS = "apiVersion: v1\nkind: List\nitems:\n"
      + "- {apiVersion: v1, kind: ServiceAccount, metadata: {name: deployer, namespace: ci}}\n"
      + "- {apiVersion: v1, kind: ServiceAccount, metadata: {name: admin-bot, namespace: ci}}\n"
      + "- {apiVersion: v1, kind: ServiceAccount, metadata: {name: reporter, namespace: ci}}\n"
      + "---\n";

  private static final String INPUT = ACCOUNTS
      + binding("RoleBinding", "ci", "devs", "ClusterRole", "edit",
          "- kind: User\n  name: alice\n- kind: ServiceAccount\n  name: deployer\n")
      + binding("ClusterRoleBinding", "", "admin-bot", "ClusterRole", "cluster-admin",
          "- kind: ServiceAccount\n  name: admin-bot\n  namespace: ci\n"
          + "- kind: User\n  name: carol\n")
      + role("Role", "prod", "secret-reader",
          "- apiGroups: [\"\"]\n  resources: [secrets]\n  verbs: [get]\n")
      + binding("RoleBinding", "prod", "reporter", "Role", "secret-reader",
          "- kind: ServiceAccount\n  name: reporter\n  namespace: ci\n")
      + role("Role", "ci", "deploy-only",
          "- apiGroups: [apps]\n  resources: [deployments]\n  verbs: [create]\n")
      + binding("RoleBinding", "ci", "bob", "Role", "deploy-only",
          "- kind: User\n  name: bob\n");

  private static List<EscalationPath> paths(String yaml) {
    Cluster c = Clusters.cluster(yaml, true);
    Map<String, Set<String>> accounts = new TreeMap<>();
    for (Resource r : c.ofKind("ServiceAccount")) {
      accounts.computeIfAbsent(r.effectiveNamespace(), k -> new TreeSet<>()).add(r.name());
    }
    return Escalations.report(Authorizer.of(c.existing(), c.input()), accounts).paths();
  }

  private static List<String> from(List<EscalationPath> paths, String subject) {
    return paths.stream().filter(p -> p.subject().describe().equals(subject))
        .map(p -> p.namespace() + " -> " + p.serviceAccount().describe()).toList();
  }

  @Test
  void podCreatorsReachTheAccountsOfTheirNamespaceThatHoldMore() {
    List<EscalationPath> paths = paths(INPUT);
    assertThat(from(paths, "User alice")).containsExactly(
        "ci -> ServiceAccount ci/admin-bot", "ci -> ServiceAccount ci/reporter");
    assertThat(from(paths, "ServiceAccount ci/deployer")).containsExactly(
        "ci -> ServiceAccount ci/admin-bot", "ci -> ServiceAccount ci/reporter");
    assertThat(from(paths, "User carol")).as("holds everything already").isEmpty();
  }

  @Test
  void aPathNamesTheCreationGrantAndWhatTheAccountAdds() {
    EscalationPath p = paths(INPUT).stream()
        .filter(x -> x.subject().equals(Subject.user("alice"))
            && x.serviceAccount().name().equals("reporter")).findFirst().orElseThrow();
    assertThat(p.creation().grant().binding()).isEqualTo("RoleBinding ci/devs");
    assertThat(p.creation().grant().role()).isEqualTo("ClusterRole edit");
    assertThat(p.creation().workload()).isEqualTo("pods");
    assertThat(p.creation().subjectIndex()).isZero();
    assertThat(p.gains()).hasSize(1);
    ScopedRules gain = p.gains().get(0);
    assertThat(gain.namespace()).isEqualTo("prod");
    assertThat(gain.rules()).hasSize(1);
    assertThat(gain.rules().get(0).rule()).isEqualTo(PolicyRule.resource(List.of("get"),
        List.of(""), List.of("secrets"), List.of()));
    assertThat(gain.rules().get(0).via()).extracting(Via::binding)
        .containsExactly("RoleBinding prod/reporter");
  }

  @Test
  void workloadsCountAsPodCreation() {
    EscalationPath p = paths(INPUT).stream().filter(x -> x.subject().equals(Subject.user("bob")))
        .findFirst().orElseThrow();
    assertThat(p.creation().workload()).isEqualTo("deployments.apps");
    assertThat(p.namespace()).isEqualTo("ci");
  }

  @Test
  void grantsEveryServiceAccountHoldsAreNoGain() {
    List<EscalationPath> paths = paths(ACCOUNTS
        + binding("RoleBinding", "ci", "devs", "ClusterRole", "edit",
            "- kind: User\n  name: alice\n")
        + binding("ClusterRoleBinding", "", "all-sa", "ClusterRole", "view",
            "- kind: Group\n  name: system:serviceaccounts\n"));
    assertThat(from(paths, "User alice")).isEmpty();
  }

  @Test
  void grantsToTheNamespacesServiceAccountsGroupAreAGain() {
    List<EscalationPath> paths = paths(ACCOUNTS
        + binding("RoleBinding", "ci", "devs", "ClusterRole", "edit",
            "- kind: User\n  name: alice\n")
        + binding("ClusterRoleBinding", "", "ci-sa", "ClusterRole", "view",
            "- kind: Group\n  name: system:serviceaccounts:ci\n"));
    assertThat(from(paths, "User alice")).contains("ci -> ServiceAccount ci/default");
  }

  @Test
  void clusterWidePodCreatorsReachEveryNamespace() {
    List<EscalationPath> paths = paths("");
    assertThat(from(paths, "ServiceAccount kube-system/daemon-set-controller"))
        .contains("kube-system -> ServiceAccount kube-system/namespace-controller",
            "kube-system -> ServiceAccount kube-system/generic-garbage-collector");
  }

  @Test
  void aRoleBindingGrantsNoUrlsSoTheyAreNoGain() {
    List<EscalationPath> paths = paths(ACCOUNTS
        + binding("RoleBinding", "ci", "devs", "ClusterRole", "edit",
            "- kind: User\n  name: alice\n")
        + binding("RoleBinding", "ci", "bot-admin", "ClusterRole", "cluster-admin",
            "- kind: ServiceAccount\n  name: admin-bot\n"));
    EscalationPath p = paths.stream().filter(x -> x.subject().equals(Subject.user("alice")))
        .findFirst().orElseThrow();
    assertThat(p.gains()).hasSize(1);
    assertThat(p.gains().get(0).rules()).extracting(r -> r.rule().isNonResource())
        .containsOnly(false);
  }
}
