package io.github.kubecheck.rbac;

import static io.github.kubecheck.rbac.Clusters.binding;
import static io.github.kubecheck.rbac.Clusters.role;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.CheckRequest;
import io.github.kubecheck.Checker;
import io.github.kubecheck.analysis.Facts;
import io.github.kubecheck.rule.RuleRegistry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** who-can: every subject a binding names whose grant allows the request. */
class WhoCanTest {

  private static List<String> subjects(Authorizer a, Request r) {
    return a.whoCan(r).stream().map(s -> s.subject().describe()).toList();
  }

  @Test
  void shopSecretsAreReadableByExactlyTheControlPlaneSubjects() throws Exception {
    Facts facts = new Checker(RuleRegistry.loadBuiltIn())
        .load(CheckRequest.of(List.of("shop"), Path.of("../examples")));
    Authorizer a = facts.get(Rbac.INSTANCE);
    assertThat(subjects(a, Clusters.get("secrets", "shop"))).containsExactly(
        "Group system:masters",
        "ServiceAccount kube-system/generic-garbage-collector",
        "ServiceAccount kube-system/namespace-controller",
        "User system:kube-controller-manager");
    assertThat(subjects(a, Clusters.request("update", "ingresses.networking.k8s.io/status", "",
        "shop"))).contains("ServiceAccount ingress-nginx/ingress-nginx");
    assertThat(subjects(a, Clusters.request("get", "configmaps", "web-config", "shop")))
        .contains("ServiceAccount shop/web");
    assertThat(subjects(a, Clusters.request("get", "configmaps", "other", "shop")))
        .doesNotContain("ServiceAccount shop/web");
  }

  @Test
  void clusterWideQuestionsCountOnlyClusterRoleBindings() {
    Authorizer a = Clusters.alone(role("ClusterRole", "", "r",
        "- apiGroups: [\"\"]\n  resources: [pods]\n  verbs: [list]\n")
        + binding("RoleBinding", "ci", "rb", "ClusterRole", "r", "- kind: User\n  name: bob\n")
        + binding("ClusterRoleBinding", "", "crb", "ClusterRole", "r",
            "- kind: User\n  name: alice\n- kind: ServiceAccount\n  name: nowhere\n"
            + "- kind: Robot\n  name: r2\n"));
    assertThat(subjects(a, Clusters.request("list", "pods", "", "")))
        .containsExactly("Group system:masters", "User alice");
    assertThat(subjects(a, Clusters.request("list", "pods", "", "ci")))
        .containsExactly("Group system:masters", "User alice", "User bob");
    assertThat(a.whoCan(Clusters.request("list", "pods", "", "ci")).get(2).via())
        .extracting(Via::binding, Via::role)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("RoleBinding ci/rb",
            "ClusterRole r"));
  }

  @Test
  void systemMastersIsNamedEvenWithoutABinding() {
    Authorizer a = Clusters.alone("");
    List<SubjectAccess> who = a.whoCan(Clusters.get("nodes", ""));
    assertThat(who).hasSize(1);
    assertThat(who.get(0).subject()).isEqualTo(Subject.group("system:masters"));
    assertThat(who.get(0).via()).containsExactly(new Via.Superuser());
  }
}
