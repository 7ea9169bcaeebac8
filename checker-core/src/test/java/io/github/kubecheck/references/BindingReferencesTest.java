package io.github.kubecheck.references;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.model.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The role and ServiceAccount subjects of bindings, in the namespaces the RBAC authorizer uses
 * (pkg/registry/rbac/validation: a RoleBinding's ServiceAccount subject without a namespace is in
 * the binding's namespace; a RoleBinding may name a ClusterRole).
 */
class BindingReferencesTest {

  private static Resource read(String yaml) {
    return PodReferencesTest.read(yaml).resources().get(0);
  }

  @Test
  void roleBindingRolesAndSubjects() {
    Resource b = read("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: b, namespace: shop}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
        subjects:
        - {kind: ServiceAccount, name: web}
        - {kind: ServiceAccount, name: ci, namespace: tools}
        - {kind: User, name: alice}
        - {kind: Group, name: devs}
        """);
    assertThat(BindingReferences.isBinding(b)).isTrue();
    assertThat(BindingReferences.role(b).orElseThrow().target())
        .isEqualTo(new Target("rbac.authorization.k8s.io", "Role", "shop", "reader"));
    List<Reference> subjects = BindingReferences.serviceAccounts(b);
    assertThat(subjects).extracting(Reference::target).containsExactly(
        Target.core("ServiceAccount", "shop", "web"),
        Target.core("ServiceAccount", "tools", "ci"));
    assertThat(subjects.get(1).at().path()).isEqualTo("subjects[1].name");
    assertThat(subjects.get(1).at().span().line()).isEqualTo(7);
  }

  @Test
  void aRoleBindingToAClusterRoleAndAClusterRoleBindingWithoutSubjectNamespace() {
    Resource rb = read("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: b}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
        """);
    assertThat(BindingReferences.role(rb).orElseThrow().target())
        .isEqualTo(new Target("rbac.authorization.k8s.io", "ClusterRole", "", "view"));
    Resource crb = read("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: {name: b}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Something, name: x}
        subjects:
        - {kind: ServiceAccount, name: lost}
        - {kind: ServiceAccount, name: found, namespace: ops}
        """);
    assertThat(BindingReferences.role(crb)).isEmpty();
    assertThat(BindingReferences.serviceAccounts(crb)).extracting(Reference::target)
        .containsExactly(Target.core("ServiceAccount", "ops", "found"));
  }
}
