package io.github.kubecheck.rbac;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges rules the way {@code kubectl auth can-i --list} does: every rule is broken down to one
 * verb, group, resource and name (or one URL and verb), the pieces on the same group, resource
 * and name are joined again with all their verbs, and the result is sorted by the text the
 * generated {@code String()} of rbacv1.PolicyRule gives (verbs first, then groups, resources,
 * names and URLs, each as Go's {@code %v} prints a list). Unlike kubectl, a verb granted twice
 * is listed once.
 */
public final class AccessList {

  /** A rule and the grant it comes from. */
  public record GrantedRule(PolicyRule rule, Via via) {}

  private AccessList() {}

  public static List<AccessRule> merge(List<GrantedRule> rules) {
    Map<List<Object>, Merged> byKey = new LinkedHashMap<>();
    for (GrantedRule g : rules) {
      for (PolicyRule piece : g.rule().breakdown()) {
        List<Object> key = piece.isNonResource()
            ? List.of("url", piece.nonResourceURLs(), piece.verbs())
            : List.of("res", piece.apiGroups(), piece.resources(), piece.resourceNames());
        byKey.computeIfAbsent(key, k -> new Merged(piece)).add(piece, g.via());
      }
    }
    // Each key is built once, not once per comparison.
    List<Map.Entry<String, AccessRule>> keyed = new ArrayList<>();
    for (Merged m : byKey.values()) {
      AccessRule r = m.result();
      keyed.add(Map.entry(sortKey(r.rule()), r));
    }
    keyed.sort(Map.Entry.comparingByKey());
    List<AccessRule> out = new ArrayList<>(keyed.size());
    keyed.forEach(e -> out.add(e.getValue()));
    return out;
  }

  /** {@code &PolicyRule{Verbs:[get list],APIGroups:[],...,}}: what kubectl compares. */
  static String sortKey(PolicyRule r) {
    return "&PolicyRule{Verbs:" + list(r.verbs()) + ",APIGroups:" + list(r.apiGroups())
        + ",Resources:" + list(r.resources()) + ",ResourceNames:" + list(r.resourceNames())
        + ",NonResourceURLs:" + list(r.nonResourceURLs()) + ",}";
  }

  /** Go's {@code %v} of a string list, as kubectl prints each column of its access list. */
  public static String list(List<String> values) {
    return "[" + String.join(" ", values) + "]";
  }

  private static final class Merged {
    private final PolicyRule first;
    private final Set<String> verbs = new LinkedHashSet<>();
    private final Set<Via> via = new LinkedHashSet<>();

    Merged(PolicyRule first) {
      this.first = first;
    }

    void add(PolicyRule piece, Via v) {
      verbs.addAll(piece.verbs());
      via.add(v);
    }

    AccessRule result() {
      PolicyRule r = new PolicyRule(List.copyOf(verbs), first.apiGroups(), first.resources(),
          first.resourceNames(), first.nonResourceURLs());
      return new AccessRule(r, List.copyOf(via));
    }
  }
}
