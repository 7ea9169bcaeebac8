package io.github.kubecheck.rbac;

import io.github.kubecheck.yaml.MappingNode;
import io.github.kubecheck.yaml.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * One rule of a Role or ClusterRole, matched as the RBAC authorizer matches it
 * (k8s.io/kubernetes/pkg/apis/rbac/v1 evaluation helpers): {@code *} matches any verb, group,
 * resource or URL; {@code *}{@code /SUB} matches subresource SUB of any resource; a URL ending in
 * {@code *} matches by prefix; an empty {@code resourceNames} matches any name, a non-empty one
 * only requests that carry one of those names.
 */
public record PolicyRule(List<String> verbs, List<String> apiGroups, List<String> resources,
    List<String> resourceNames, List<String> nonResourceURLs) {

  public static final String ALL = "*";

  public PolicyRule {
    verbs = List.copyOf(verbs);
    apiGroups = List.copyOf(apiGroups);
    resources = List.copyOf(resources);
    resourceNames = List.copyOf(resourceNames);
    nonResourceURLs = List.copyOf(nonResourceURLs);
  }

  /** A rule as written; fields of the wrong type read as absent (the schema rules report them). */
  public static PolicyRule of(MappingNode node) {
    return new PolicyRule(strings(node, "verbs"), strings(node, "apiGroups"),
        strings(node, "resources"), strings(node, "resourceNames"),
        strings(node, "nonResourceURLs"));
  }

  public static PolicyRule resource(List<String> verbs, List<String> apiGroups,
      List<String> resources, List<String> resourceNames) {
    return new PolicyRule(verbs, apiGroups, resources, resourceNames, List.of());
  }

  public static PolicyRule nonResource(List<String> verbs, List<String> urls) {
    return new PolicyRule(verbs, List.of(), List.of(), List.of(), urls);
  }

  private static List<String> strings(MappingNode node, String key) {
    return node.get(key).flatMap(Node::asSequence).map(s -> s.items().stream()
        .flatMap(n -> n.asScalar().stream())
        .filter(s2 -> !s2.isNull())
        .map(s2 -> s2.text())
        .toList()).orElse(List.of());
  }

  /** RuleAllows: whether this rule alone authorizes the request. */
  public boolean allows(Request request) {
    if (request instanceof Request.ResourceRequest r) {
      return verbMatches(r.verb()) && apiGroupMatches(r.apiGroup())
          && resourceMatches(r.combinedResource(), r.subresource())
          && resourceNameMatches(r.name());
    }
    Request.NonResourceRequest n = (Request.NonResourceRequest) request;
    return verbMatches(n.verb()) && nonResourceURLMatches(n.path());
  }

  public boolean verbMatches(String verb) {
    for (String v : verbs) {
      if (v.equals(ALL) || v.equals(verb)) {
        return true;
      }
    }
    return false;
  }

  public boolean apiGroupMatches(String group) {
    for (String g : apiGroups) {
      if (g.equals(ALL) || g.equals(group)) {
        return true;
      }
    }
    return false;
  }

  /** {@code combined} is {@code resource/subresource} (or just the resource). */
  public boolean resourceMatches(String combined, String subresource) {
    for (String r : resources) {
      if (r.equals(ALL) || r.equals(combined)) {
        return true;
      }
      if (!subresource.isEmpty() && r.length() == subresource.length() + 2
          && r.startsWith("*/") && r.endsWith(subresource)) {
        return true;
      }
    }
    return false;
  }

  public boolean resourceNameMatches(String name) {
    return resourceNames.isEmpty() || resourceNames.contains(name);
  }

  public boolean nonResourceURLMatches(String path) {
    for (String u : nonResourceURLs) {
      if (u.equals(ALL) || u.equals(path)) {
        return true;
      }
      if (u.endsWith("*") && path.startsWith(trimTrailingStars(u))) {
        return true;
      }
    }
    return false;
  }

  static String trimTrailingStars(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '*') {
      end--;
    }
    return s.substring(0, end);
  }

  /**
   * The equivalent rules with one verb, one group, one resource and at most one name each (or
   * one URL and one verb), as BreakdownRule makes them.
   */
  public List<PolicyRule> breakdown() {
    if (isPiece()) {
      return List.of(this);
    }
    List<PolicyRule> out = new ArrayList<>();
    for (String group : apiGroups) {
      for (String resource : resources) {
        for (String verb : verbs) {
          if (resourceNames.isEmpty()) {
            out.add(resource(List.of(verb), List.of(group), List.of(resource), List.of()));
          } else {
            for (String name : resourceNames) {
              out.add(resource(List.of(verb), List.of(group), List.of(resource), List.of(name)));
            }
          }
        }
      }
    }
    for (String url : nonResourceURLs) {
      for (String verb : verbs) {
        out.add(nonResource(List.of(verb), List.of(url)));
      }
    }
    return out;
  }

  /** Already broken down: one verb and one resource of one group, or one URL. */
  private boolean isPiece() {
    if (verbs.size() != 1 || resourceNames.size() > 1) {
      return false;
    }
    boolean resource = apiGroups.size() == 1 && resources.size() == 1 && nonResourceURLs.isEmpty();
    boolean url = apiGroups.isEmpty() && resources.isEmpty() && resourceNames.isEmpty()
        && nonResourceURLs.size() == 1;
    return resource || url;
  }

  /** Whether every request {@code sub} (a broken-down rule) allows is allowed by this rule. */
  public boolean covers(PolicyRule sub) {
    boolean verbs = this.verbs.contains(ALL) || this.verbs.containsAll(sub.verbs);
    boolean groups = apiGroups.contains(ALL) || apiGroups.containsAll(sub.apiGroups);
    boolean names = sub.resourceNames.isEmpty() ? resourceNames.isEmpty()
        : resourceNames.isEmpty() || resourceNames.containsAll(sub.resourceNames);
    return verbs && groups && names && resourcesCover(sub.resources)
        && urlsCover(sub.nonResourceURLs);
  }

  private boolean resourcesCover(List<String> wanted) {
    if (resources.contains(ALL) || resources.containsAll(wanted)) {
      return true;
    }
    for (String path : wanted) {
      if (resources.contains(path)) {
        continue;
      }
      int slash = path.indexOf('/');
      if (slash < 0 || !resources.contains("*/" + path.substring(slash + 1))) {
        return false;
      }
    }
    return true;
  }

  private boolean urlsCover(List<String> wanted) {
    for (String path : wanted) {
      boolean covered = false;
      for (String owner : nonResourceURLs) {
        if (owner.equals(path) || owner.endsWith("*") && path.startsWith(trimTrailingStars(owner))) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first resource with its group after a dot and its subresource after a slash, e.g.
   * {@code deployments.apps/scale}, as kubectl's CombineResourceGroup writes it; empty for a
   * rule without resources.
   */
  public String resourceText() {
    if (resources.isEmpty()) {
      return "";
    }
    String[] parts = resources.get(0).split("/", 2);
    String out = parts[0];
    if (!apiGroups.isEmpty() && !apiGroups.get(0).isEmpty()) {
      out += "." + apiGroups.get(0);
    }
    return parts.length == 2 ? out + "/" + parts[1] : out;
  }

  public boolean isNonResource() {
    return !nonResourceURLs.isEmpty();
  }
}
