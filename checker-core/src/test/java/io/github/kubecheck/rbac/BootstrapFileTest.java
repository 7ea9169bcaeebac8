package io.github.kubecheck.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kubecheck.cluster.Cluster;
import io.github.kubecheck.model.Resource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bootstrap policy file holds together as upstream's does. */
class BootstrapFileTest {

  private final Cluster cluster = Clusters.cluster("", true);
  private final Authorizer a = Authorizer.of(cluster.existing(), cluster.input());

  @Test
  void everyBindingRefersToARoleThatExists() {
    List<String> dangling = new ArrayList<>();
    for (Binding b : a.bindings()) {
      if (a.roleOf(b).isEmpty()) {
        dangling.add(b.describe());
      }
    }
    assertThat(dangling).isEmpty();
    assertThat(a.bindings()).hasSize(46 + 7);
  }

  @Test
  void everyControllerRoleIsBoundToItsServiceAccountWhichExists() {
    for (Role r : a.roles()) {
      if (!r.isClusterRole() || !r.name().startsWith("system:controller:")) {
        continue;
      }
      String controller = r.name().substring("system:controller:".length());
      Binding b = a.clusterBindings().stream().filter(x -> x.name().equals(r.name()))
          .findFirst().orElseThrow(() -> new AssertionError("no binding for " + r.name()));
      assertThat(b.subjects()).hasSize(1);
      assertThat(b.subjects().get(0).subject())
          .contains(Subject.serviceAccount("kube-system", controller));
      assertThat(cluster.find("", "ServiceAccount", "kube-system", controller))
          .as(controller).isPresent();
    }
  }

  @Test
  void aggregatedRolesAreComputedNotWritten() {
    for (String name : List.of("admin", "edit", "view")) {
      Role r = a.role("ClusterRole/" + name).orElseThrow();
      assertThat(r.aggregated()).isTrue();
      assertThat(r.rules()).isEmpty();
      assertThat(a.effectiveRules(r)).isNotEmpty();
    }
    assertThat(a.effectiveRules(a.role("ClusterRole/view").orElseThrow()))
        .allMatch(x -> x.origin().name().equals("system:aggregate-to-view"));
  }

  @Test
  void bootstrapObjectsAreExistingObjectsNotInput() {
    assertThat(cluster.input()).isEmpty();
    assertThat(a.roles()).noneMatch(Role::input);
    List<Resource> rbac = cluster.existing().stream()
        .filter(r -> r.group().equals(Role.GROUP)).toList();
    assertThat(rbac).allMatch(r -> r.file().equals("(bootstrap)"));
  }
}
