package io.github.kubecheck.rules.security;

import io.github.kubecheck.cluster.Cluster;
import io.github.kubecheck.cluster.ClusterLoader;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.yaml.MappingNode;
import java.util.Set;

/**
 * Whether RBAC grants a service account anything of its own: a RoleBinding or ClusterRoleBinding
 * (of the input or the cluster file) names it, or names the group of its namespace's service
 * accounts. Groups every identity is in ({@code system:authenticated}, and
 * {@code system:serviceaccounts} for every service account) and kubecheck's built-in objects
 * do not count: they are the same for every pod, so they say nothing about this one's needs.
 */
final class ServiceAccountBindings {

  private static final Set<String> EVERYONE = Set.of("system:authenticated",
      "system:unauthenticated", "system:serviceaccounts");

  private ServiceAccountBindings() {}

  static boolean isBound(Cluster cluster, String namespace, String name) {
    for (String kind : new String[] {"RoleBinding", "ClusterRoleBinding"}) {
      for (Resource b : cluster.ofKind(kind)) {
        if (!b.group().equals("rbac.authorization.k8s.io") || builtIn(b)) {
          continue;
        }
        boolean names = b.node().sequence("subjects").map(s -> s.mappings()
            .anyMatch(subject -> names(subject, b, namespace, name))).orElse(false);
        if (names && (kind.equals("ClusterRoleBinding")
            || b.effectiveNamespace().equals(namespace))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * As the RBAC authorizer matches subjects: a ServiceAccount subject without a namespace is in
   * the RoleBinding's own namespace.
   */
  private static boolean names(MappingNode subject, Resource binding, String namespace,
      String name) {
    String kind = subject.text("kind").orElse("");
    String subjectName = subject.text("name").orElse("");
    if (kind.equals("ServiceAccount")) {
      String ns = subject.text("namespace").filter(s -> !s.isEmpty())
          .orElse(binding.is("rbac.authorization.k8s.io", "RoleBinding")
              ? binding.effectiveNamespace() : "");
      return ns.equals(namespace) && subjectName.equals(name);
    }
    if (kind.equals("User")) {
      return subjectName.equals("system:serviceaccount:" + namespace + ":" + name);
    }
    return kind.equals("Group") && !EVERYONE.contains(subjectName)
        && subjectName.equals("system:serviceaccounts:" + namespace);
  }

  private static boolean builtIn(Resource r) {
    return r.file().equals(ClusterLoader.BOOTSTRAP)
        || r.file().equals(ClusterLoader.DEFAULT_CLUSTER);
  }
}
