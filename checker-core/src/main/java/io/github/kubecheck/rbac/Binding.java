package io.github.kubecheck.rbac;

import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A RoleBinding or ClusterRoleBinding: the role it refers to and the subjects it names, in the
 * order written.
 *
 * @param input whether the object comes from the input rather than the cluster
 * @param roleRefKind {@code Role} or {@code ClusterRole} as written (anything else grants
 *     nothing)
 */
public record Binding(Resource resource, boolean input, String roleRefKind, String roleRefName,
    List<BoundSubject> subjects) {

  /**
   * A subject at its place in {@code subjects}. {@code subject} is empty when the authorizer
   * cannot match the entry to anyone: an unknown kind, or a ServiceAccount in a
   * ClusterRoleBinding without a namespace.
   */
  public record BoundSubject(int index, Optional<Subject> subject) {}

  public Binding {
    subjects = List.copyOf(subjects);
  }

  /** Whether the object is a RoleBinding or ClusterRoleBinding of rbac.authorization.k8s.io. */
  public static boolean isBinding(Resource r) {
    return r.is(Role.GROUP, "RoleBinding") || r.is(Role.GROUP, "ClusterRoleBinding");
  }

  public static Optional<Binding> of(Resource r, boolean input) {
    boolean cluster = r.kind().equals("ClusterRoleBinding");
    if (!isBinding(r) || r.name().isEmpty()) {
      return Optional.empty();
    }
    MappingNode ref = r.node().mapping("roleRef").orElse(MappingNode.empty(r.span()));
    String namespace = r.effectiveNamespace();
    List<BoundSubject> subjects = new ArrayList<>();
    List<Node> items = r.node().sequence("subjects").map(s -> s.items()).orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      subjects.add(new BoundSubject(i, items.get(i).asMapping()
          .flatMap(m -> subject(m, cluster ? "" : namespace))));
    }
    return Optional.of(new Binding(r, input, ref.text("kind").orElse(""),
        ref.text("name").orElse(""), subjects));
  }

  /** appliesTo's reading of a subject: a ServiceAccount defaults to the binding's namespace. */
  private static Optional<Subject> subject(MappingNode m, String bindingNamespace) {
    String kind = m.text("kind").orElse("");
    String name = m.text("name").orElse("");
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return switch (kind) {
      case Subject.USER -> Optional.of(Subject.user(name));
      case Subject.GROUP -> Optional.of(Subject.group(name));
      case Subject.SERVICE_ACCOUNT -> {
        String ns = m.text("namespace").filter(s -> !s.isEmpty()).orElse(bindingNamespace);
        yield ns.isEmpty() ? Optional.empty() : Optional.of(Subject.serviceAccount(ns, name));
      }
      default -> Optional.empty();
    };
  }

  public boolean isClusterBinding() {
    return resource.kind().equals("ClusterRoleBinding");
  }

  public String name() {
    return resource.name();
  }

  /** The namespace of a RoleBinding; empty for a ClusterRoleBinding. */
  public String namespace() {
    return resource.effectiveNamespace();
  }

  /**
   * The key of the role it grants, as GetRoleReferenceRules resolves it: a ClusterRole by name,
   * a Role in the binding's own namespace (a ClusterRoleBinding cannot refer to a Role).
   */
  public Optional<String> roleKey() {
    if (roleRefKind.equals("ClusterRole")) {
      return Optional.of(Role.key("ClusterRole", "", roleRefName));
    }
    if (roleRefKind.equals("Role") && !isClusterBinding()) {
      return Optional.of(Role.key("Role", namespace(), roleRefName));
    }
    return Optional.empty();
  }

  /** {@code ClusterRoleBinding cluster-admin}, {@code RoleBinding ci/deployer}. */
  public String describe() {
    return resource.describe();
  }

  public Location locateSubject(int index) {
    return resource.locate("subjects[" + index + "]");
  }

  public Location locateRoleRef() {
    return resource.locate("roleRef");
  }

  /** One view per object: the authorizer keeps a single instance per identity. */
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return describe();
  }
}
