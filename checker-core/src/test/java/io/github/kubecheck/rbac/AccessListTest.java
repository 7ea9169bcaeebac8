package io.github.kubecheck.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The effective rules of a subject merged and sorted as {@code kubectl auth can-i --list} does
 * (kubectl/pkg/cmd/auth/cani.go printStatus: BreakdownRule, CompactRules, SortableRuleSlice).
 */
class AccessListTest {

  private static List<String> lines(List<AccessRule> rules) {
    return rules.stream().map(r -> r.rule().resourceText() + " " + r.rule().nonResourceURLs() + " "
        + r.rule().resourceNames() + " " + r.rule().verbs()).toList();
  }

  @Test
  void serviceAccountRulesMergedPerResourceAndSortedByCompactForm() {
    Authorizer a = Clusters.withBootstrap(Clusters.role("Role", "ci", "r",
        "- apiGroups: [\"\", apps]\n  resources: [pods, deployments/scale]\n"
        + "  verbs: [get, list]\n- apiGroups: [\"\"]\n  resources: [pods]\n"
        + "  verbs: [watch, get]\n- apiGroups: [\"\"]\n  resources: [configmaps]\n"
        + "  resourceNames: [b, a]\n  verbs: [get]\n")
        + Clusters.binding("RoleBinding", "ci", "b", "Role", "r",
            "- kind: ServiceAccount\n  name: app\n"));
    List<ScopedRules> scopes = a.rulesOf(Clusters.as("serviceaccount:ci:app"), Optional.empty());
    assertThat(scopes).extracting(ScopedRules::namespace).containsExactly("", "ci");
    assertThat(lines(scopes.get(1).rules())).containsExactly(
        "selfsubjectreviews.authentication.k8s.io [] [] [create]",
        "selfsubjectaccessreviews.authorization.k8s.io [] [] [create]",
        "selfsubjectrulesreviews.authorization.k8s.io [] [] [create]",
        "pods [] [] [get, list, watch]",
        "deployments/scale [] [] [get, list]",
        "deployments.apps/scale [] [] [get, list]",
        "pods.apps [] [] [get, list]",
        " [/.well-known/openid-configuration/] [] [get]",
        " [/.well-known/openid-configuration] [] [get]",
        " [/api/*] [] [get]",
        " [/api] [] [get]",
        " [/apis/*] [] [get]",
        " [/apis] [] [get]",
        " [/healthz] [] [get]",
        " [/livez] [] [get]",
        " [/openapi/*] [] [get]",
        " [/openapi] [] [get]",
        " [/openid/v1/jwks/] [] [get]",
        " [/openid/v1/jwks] [] [get]",
        " [/readyz] [] [get]",
        " [/version/] [] [get]",
        " [/version] [] [get]",
        "configmaps [] [a] [get]",
        "configmaps [] [b] [get]");
    assertThat(lines(scopes.get(0).rules())).doesNotContain("pods [] [] [get, list, watch]");
  }

  @Test
  void mergedRulesKeepEveryGrantTheyComeFrom() {
    Authorizer a = Clusters.withBootstrap("");
    List<ScopedRules> scopes = a.rulesOf(Clusters.as("user:alice"), Optional.of("ci"));
    AccessRule healthz = scopes.get(0).rules().stream()
        .filter(r -> r.rule().nonResourceURLs().equals(List.of("/healthz"))).findFirst()
        .orElseThrow();
    assertThat(healthz.via()).extracting(Via::binding).containsExactly(
        "ClusterRoleBinding system:discovery", "ClusterRoleBinding system:public-info-viewer");
  }

  @Test
  void systemMastersListsEverything() {
    Authorizer a = Clusters.alone("");
    List<ScopedRules> scopes = a.rulesOf(Clusters.as("group:system:masters"), Optional.empty());
    assertThat(lines(scopes.get(0).rules())).containsExactly("*.* [] [] [*]", " [*] [] [*]");
  }
}
