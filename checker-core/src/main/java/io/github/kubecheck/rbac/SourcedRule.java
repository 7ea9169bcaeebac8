package io.github.kubecheck.rbac;

/**
 * A rule of a role's effective rules and where it is written: in the role itself, or for an
 * aggregated ClusterRole in one of the roles it aggregates.
 *
 * @param origin the role whose {@code rules[index]} this is
 */
public record SourcedRule(PolicyRule rule, Role origin, int index) {

  /** The role and the index determine the rule. */
  @Override
  public boolean equals(Object o) {
    return o instanceof SourcedRule r && r.origin == origin && r.index == index;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(origin) * 31 + index;
  }
}
