package io.github.kubecheck.rbac;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The clusterrole-aggregation controller (pkg/controller/clusterroleaggregation): an aggregated
 * ClusterRole's rules are the rules of every other ClusterRole its selectors match, selector by
 * selector, the matched roles by name, duplicates dropped. Aggregated roles may select each
 * other, so the controller's passes are repeated until nothing changes.
 */
final class Aggregation {

  private Aggregation() {}

  static Map<Role, List<SourcedRule>> effectiveRules(Collection<Role> roles) {
    Map<Role, List<SourcedRule>> out = new LinkedHashMap<>();
    List<Role> clusterRoles = new ArrayList<>();
    List<Role> aggregated = new ArrayList<>();
    for (Role r : roles) {
      if (r.aggregated() && r.selectorsValid()) {
        aggregated.add(r);
        out.put(r, List.of());
      } else {
        List<SourcedRule> own = new ArrayList<>();
        for (int i = 0; i < r.rules().size(); i++) {
          own.add(new SourcedRule(r.rules().get(i), r, i));
        }
        out.put(r, List.copyOf(own));
      }
      if (r.isClusterRole()) {
        clusterRoles.add(r);
      }
    }
    if (aggregated.isEmpty()) {
      return out;
    }
    clusterRoles.sort(Comparator.comparing(Role::name));
    aggregated.sort(Comparator.comparing(Role::name));
    // Labels never change, so which roles each selector matches is worked out once.
    Map<Role, List<Role>> sources = new HashMap<>();
    for (Role a : aggregated) {
      List<Role> matched = new ArrayList<>();
      for (var selector : a.selectors()) {
        for (Role c : clusterRoles) {
          if (c != a && selector.matches(c.resource().labels())) {
            matched.add(c);
          }
        }
      }
      sources.put(a, matched);
    }
    // Each pass can only add rules, so this ends; one more pass than the chain is long settles
    // the order too.
    int limit = aggregated.size() + 2;
    for (int pass = 0; pass < limit; pass++) {
      boolean changed = false;
      for (Role a : aggregated) {
        Set<PolicyRule> seen = new LinkedHashSet<>();
        List<SourcedRule> next = new ArrayList<>();
        for (Role c : sources.get(a)) {
          for (SourcedRule r : out.get(c)) {
            if (seen.add(r.rule())) {
              next.add(r);
            }
          }
        }
        if (!next.equals(out.get(a))) {
          out.put(a, List.copyOf(next));
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    return out;
  }
}
