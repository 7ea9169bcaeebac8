package io.github.kubecheck.references;

import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.Manifests;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a RoleBinding or ClusterRoleBinding names: its role and its ServiceAccount subjects, in
 * the namespaces the RBAC authorizer looks in. A RoleBinding's Role is in the binding's
 * namespace and it may name a ClusterRole instead; a ClusterRoleBinding names a ClusterRole. A
 * ServiceAccount subject without a namespace is in the RoleBinding's namespace. Users and groups
 * are not objects, so they are not references.
 */
public final class BindingReferences {

  private static final String RBAC = "rbac.authorization.k8s.io";

  private BindingReferences() {}

  /** The RoleBindings and ClusterRoleBindings of the input, in input order. */
  public static List<Resource> in(Manifests m) {
    List<Resource> out = new ArrayList<>(m.ofKind("RoleBinding"));
    out.addAll(m.ofKind("ClusterRoleBinding"));
    return out.stream().filter(BindingReferences::isBinding).toList();
  }

  public static boolean isBinding(Resource r) {
    return r.is(RBAC, "RoleBinding") || r.is(RBAC, "ClusterRoleBinding");
  }

  /** The role of {@code roleRef}; empty when the reference is incomplete or of another kind. */
  public static Optional<Reference> role(Resource binding) {
    Optional<MappingNode> ref = binding.node().mapping("roleRef");
    Optional<String> kind = ref.flatMap(m -> m.text("kind"));
    Optional<String> name = ref.flatMap(m -> m.text("name")).filter(n -> !n.isEmpty());
    if (kind.isEmpty() || name.isEmpty()
        || !(kind.get().equals("Role") || kind.get().equals("ClusterRole"))) {
      return Optional.empty();
    }
    String ns = kind.get().equals("Role") ? binding.effectiveNamespace() : "";
    return Optional.of(new Reference(binding, Reference.Use.ROLE,
        new Target(RBAC, kind.get(), ns, name.get()), binding.locate("roleRef.name"), false,
        List.of(), "roleRef"));
  }

  /** The ServiceAccount subjects, each in the namespace the authorizer matches it in. */
  public static List<Reference> serviceAccounts(Resource binding) {
    List<Reference> out = new ArrayList<>();
    binding.node().sequence("subjects").ifPresent(s -> {
      for (int i = 0; i < s.size(); i++) {
        int index = i;
        s.get(i).flatMap(Node::asMapping)
            .filter(m -> m.text("kind").map("ServiceAccount"::equals).orElse(false))
            .ifPresent(m -> subject(binding, index, m).ifPresent(out::add));
      }
    });
    return out;
  }

  private static Optional<Reference> subject(Resource binding, int index, MappingNode m) {
    Optional<String> name = m.text("name").filter(n -> !n.isEmpty());
    Optional<String> ns = m.text("namespace").filter(n -> !n.isEmpty())
        .or(() -> binding.is(RBAC, "RoleBinding")
            ? Optional.of(binding.effectiveNamespace()) : Optional.empty());
    if (name.isEmpty() || ns.isEmpty()) {
      // A ClusterRoleBinding's ServiceAccount subject needs a namespace: validation says so.
      return Optional.empty();
    }
    String path = "subjects[" + index + "]";
    Location at = binding.locate(path + ".name");
    return Optional.of(new Reference(binding, Reference.Use.SUBJECT,
        Target.core("ServiceAccount", ns.get(), name.get()), at, false, List.of(), path));
  }
}
