package io.github.kubecheck.rbac;

import java.util.List;

/** A merged rule of a subject's access list and the grants it comes from. */
public record AccessRule(PolicyRule rule, List<Via> via) {

  public AccessRule {
    via = List.copyOf(via);
  }

  /**
   * The resource column of {@code kubectl auth can-i --list}: the first resource with its group
   * after a dot and its subresource after a slash, e.g. {@code deployments.apps/scale}.
   */
  public String resourceColumn() {
    return rule.resourceText();
  }
}
