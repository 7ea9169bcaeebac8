package io.github.kubecheck.rbac;

import java.util.List;

/**
 * A subject's effective rules in one namespace (ClusterRoleBindings and that namespace's
 * RoleBindings), or cluster-wide (ClusterRoleBindings only) when {@code namespace} is empty.
 */
public record ScopedRules(String namespace, List<AccessRule> rules) {

  public ScopedRules {
    rules = List.copyOf(rules);
  }
}
