package io.github.kubecheck.rbac;

import io.github.kubecheck.model.LabelSelector;
import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.Resource;
import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import io.github.kubecheck.yaml.SequenceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Role or ClusterRole as written: its rules in order (a rule that is not a mapping keeps its
 * place, so {@code rules[i]} stays true, and allows nothing), and for an aggregated ClusterRole
 * the selectors of its {@code aggregationRule}.
 *
 * @param input whether the object comes from the input rather than the cluster
 * @param aggregated whether it has an {@code aggregationRule}, so the aggregation controller
 *     owns its rules
 * @param selectorsValid whether every selector can be read as a label selector; the controller
 *     leaves the rules of a role with a broken selector as they are
 */
public record Role(Resource resource, boolean input, List<PolicyRule> rules, boolean aggregated,
    List<LabelSelector> selectors, boolean selectorsValid) {

  public static final String GROUP = "rbac.authorization.k8s.io";
  private static final Set<String> OPERATORS = Set.of("In", "NotIn", "Exists", "DoesNotExist");
  private static final PolicyRule NOTHING =
      new PolicyRule(List.of(), List.of(), List.of(), List.of(), List.of());

  public Role {
    rules = List.copyOf(rules);
    selectors = List.copyOf(selectors);
  }

  /** The view of a Role or ClusterRole object. */
  /** Whether the object is a Role or ClusterRole of rbac.authorization.k8s.io. */
  public static boolean isRole(Resource r) {
    return r.is(GROUP, "Role") || r.is(GROUP, "ClusterRole");
  }

  public static Optional<Role> of(Resource r, boolean input) {
    if (!isRole(r) || r.name().isEmpty()) {
      return Optional.empty();
    }
    List<PolicyRule> rules = new ArrayList<>();
    r.node().sequence("rules").ifPresent(s -> s.items().forEach(n -> rules.add(
        n.asMapping().map(PolicyRule::of).orElse(NOTHING))));
    boolean cluster = r.kind().equals("ClusterRole");
    Optional<MappingNode> aggregation = cluster ? r.node().mapping("aggregationRule")
        : Optional.empty();
    List<LabelSelector> selectors = new ArrayList<>();
    boolean valid = true;
    if (aggregation.isPresent()) {
      Optional<SequenceNode> seq = aggregation.get().sequence("clusterRoleSelectors");
      for (Node n : seq.map(SequenceNode::items).orElse(List.of())) {
        Optional<MappingNode> m = n.asMapping();
        if (m.isEmpty()) {
          valid = false;
          continue;
        }
        LabelSelector sel = LabelSelector.of(m.get());
        valid &= readable(sel);
        selectors.add(sel);
      }
    }
    return Optional.of(new Role(r, input, rules, aggregation.isPresent(), selectors, valid));
  }

  /** Whether metav1.LabelSelectorAsSelector accepts it. */
  private static boolean readable(LabelSelector s) {
    for (LabelSelector.Requirement req : s.matchExpressions()) {
      if (!OPERATORS.contains(req.operator())) {
        return false;
      }
      boolean needsValues = req.operator().equals("In") || req.operator().equals("NotIn");
      if (needsValues == req.values().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  public boolean isClusterRole() {
    return resource.kind().equals("ClusterRole");
  }

  public String name() {
    return resource.name();
  }

  /** The namespace of a Role; empty for a ClusterRole. */
  public String namespace() {
    return resource.effectiveNamespace();
  }

  /** How bindings reach it: {@code ClusterRole/NAME} or {@code Role/NS/NAME}. */
  public String key() {
    return isClusterRole() ? key("ClusterRole", "", name()) : key("Role", namespace(), name());
  }

  static String key(String kind, String namespace, String name) {
    return kind.equals("ClusterRole") ? "ClusterRole/" + name : "Role/" + namespace + "/" + name;
  }

  /** {@code ClusterRole edit}, {@code Role shop/reader}. */
  public String describe() {
    return resource.describe();
  }

  public Location locateRule(int index) {
    return resource.locate("rules[" + index + "]");
  }

  /** An item of a rule's list field, e.g. {@code rules[0].verbs[2]}. */
  public Location locateItem(int index, String field, int item) {
    return resource.locate("rules[" + index + "]." + field + "[" + item + "]");
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
