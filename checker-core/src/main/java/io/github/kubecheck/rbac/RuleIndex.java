package io.github.kubecheck.rbac;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The effective rules of every role indexed by the resource items they name, so a question
 * only tests the rules that could match it: those naming its resource, {@code *}, or
 * {@code *}{@code /SUBRESOURCE}. Rules on non-resource URLs are few and kept in one list.
 */
final class RuleIndex {

  /** A rule at its place in a role's effective rules. */
  private record Entry(Role role, int position, SourcedRule rule) {}

  private final Map<String, List<Entry>> byResource = new HashMap<>();
  private final List<Entry> urlRules = new ArrayList<>();

  RuleIndex(Map<Role, List<SourcedRule>> effective) {
    effective.forEach((role, rules) -> {
      for (int i = 0; i < rules.size(); i++) {
        Entry e = new Entry(role, i, rules.get(i));
        PolicyRule r = e.rule().rule();
        for (String resource : r.resources().stream().distinct().toList()) {
          byResource.computeIfAbsent(resource, k -> new ArrayList<>()).add(e);
        }
        if (r.isNonResource()) {
          urlRules.add(e);
        }
      }
    });
  }

  /** The roles one of whose rules covers the piece (a broken-down rule), as ruleCovers says. */
  java.util.Set<Role> covering(PolicyRule piece) {
    List<Entry> candidates = new ArrayList<>();
    if (piece.isNonResource()) {
      candidates.addAll(urlRules);
    } else {
      String resource = piece.resources().get(0);
      candidates.addAll(byResource.getOrDefault(resource, List.of()));
      candidates.addAll(byResource.getOrDefault(PolicyRule.ALL, List.of()));
      int slash = resource.indexOf('/');
      if (slash >= 0) {
        candidates.addAll(byResource.getOrDefault("*/" + resource.substring(slash + 1),
            List.of()));
      }
    }
    java.util.Set<Role> out = java.util.Collections.newSetFromMap(new java.util.HashMap<>());
    for (Entry e : candidates) {
      if (!out.contains(e.role()) && e.rule().rule().covers(piece)) {
        out.add(e.role());
      }
    }
    return out;
  }

  /** The roles that allow the request, each with its first rule that does. */
  Map<Role, SourcedRule> allowing(Request request) {
    List<Entry> candidates = new ArrayList<>();
    if (request instanceof Request.ResourceRequest r) {
      candidates.addAll(byResource.getOrDefault(r.combinedResource(), List.of()));
      candidates.addAll(byResource.getOrDefault(PolicyRule.ALL, List.of()));
      if (!r.subresource().isEmpty()) {
        candidates.addAll(byResource.getOrDefault("*/" + r.subresource(), List.of()));
      }
    } else {
      candidates.addAll(urlRules);
    }
    // Roles compare by identity; insertion order keeps the answer deterministic.
    Map<Role, Entry> first = new LinkedHashMap<>();
    for (Entry e : candidates) {
      Entry seen = first.get(e.role());
      if ((seen == null || e.position() < seen.position()) && e.rule().rule().allows(request)) {
        first.put(e.role(), e);
      }
    }
    Map<Role, SourcedRule> out = new LinkedHashMap<>();
    first.forEach((role, e) -> out.put(role, e.rule()));
    return out;
  }
}
