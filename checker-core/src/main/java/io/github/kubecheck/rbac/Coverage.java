package io.github.kubecheck.rbac;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether one set of rules allows everything another does, as the API server's escalation check
 * decides it (k8s.io/component-helpers/auth/rbac/validation Covers): the other rules are broken
 * down to single verbs, groups, resources and names, and each piece must be covered by one rule.
 */
public final class Coverage {

  private Coverage() {}

  /** The pieces of {@code wanted} that no rule of {@code held} covers. */
  public static List<PolicyRule> uncovered(List<PolicyRule> held, List<PolicyRule> wanted) {
    List<PolicyRule> out = new ArrayList<>();
    for (PolicyRule rule : wanted) {
      for (PolicyRule piece : rule.breakdown()) {
        if (!coveredBy(held, piece)) {
          out.add(piece);
        }
      }
    }
    return out;
  }

  public static boolean coveredBy(List<PolicyRule> held, PolicyRule piece) {
    for (PolicyRule h : held) {
      if (h.covers(piece)) {
        return true;
      }
    }
    return false;
  }
}
