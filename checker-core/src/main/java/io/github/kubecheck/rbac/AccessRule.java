package io.github.kubecheck.rbac;

import java.util.List;

/** A merged rule of a subject's access list and the grants it comes from. */
public record AccessRule(PolicyRule rule, List<Via> via) {

  public AccessRule {
    via = List.copyOf(via);
  }
}
