package io.github.kubecheck.rules.rbac;

import io.github.kubecheck.model.Location;
import io.github.kubecheck.rbac.Authorizer;
import io.github.kubecheck.rbac.Binding;
import io.github.kubecheck.rbac.PolicyRule;
import io.github.kubecheck.rbac.Rbac;
import io.github.kubecheck.rbac.Request.ResourceRequest;
import io.github.kubecheck.rbac.Role;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.yaml.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the rules about dangerous permissions share: the Roles and ClusterRoles of the input
 * whose own rules count (an aggregated ClusterRole's rules belong to the roles it gathers), the
 * test of a rule against the requests a check is about, and where in the rule to point.
 */
final class RoleRules {

  private RoleRules() {}

  /**
   * Whether the input holds a role or binding. Every rbac finding is on one, so without them the
   * rules need not build the authorizer over the cluster's roles at all.
   */
  static boolean inputHasRbac(RuleContext ctx) {
    return ctx.manifests().resources().stream()
        .anyMatch(r -> Role.isRole(r) || Binding.isBinding(r));
  }

  private static final ResourceRequest EVERYTHING =
      ResourceRequest.of("*", "*", "*", "", "", "");

  /**
   * Whether the role's effective rules allow every verb on every resource: a full administrator,
   * which rbac-cluster-admin-binding reports and the narrower rules leave to it.
   */
  static boolean grantsEverything(Authorizer a, Role role) {
    return a.effectiveRules(role).stream().anyMatch(r -> r.rule().allows(EVERYTHING));
  }

  static List<Role> inputRoles(RuleContext ctx) {
    Authorizer a = ctx.analysis(Rbac.INSTANCE);
    return a.roles().stream().filter(r -> r.input() && !(r.aggregated() && r.selectorsValid()))
        .toList();
  }

  /**
   * Whether the rule allows the request for some object: a rule limited by resourceNames still
   * grants it on the objects it names.
   */
  static boolean allowsSome(PolicyRule rule, ResourceRequest q) {
    return rule.verbMatches(q.verb()) && rule.apiGroupMatches(q.apiGroup())
        && rule.resourceMatches(q.combinedResource(), q.subresource());
  }

  /**
   * Whether the rule names the request's resource itself ({@code pods/exec} or
   * {@code *}{@code /exec}) rather than reaching it only through a bare {@code *}, which
   * rbac-wildcard reports on its own.
   */
  static boolean namesResource(PolicyRule rule, ResourceRequest q) {
    return rule.resources().stream().anyMatch(r -> namesResource(r, q));
  }

  private static boolean namesResource(String item, ResourceRequest q) {
    return item.equals(q.combinedResource())
        || !q.subresource().isEmpty() && item.equals("*/" + q.subresource());
  }

  /**
   * Reports, once per rule of each input role that allows any of the requests on a resource it
   * names, at the resource item that matched the first of them.
   */
  static void reportResourceMatches(RuleContext ctx, List<ResourceRequest> requests,
      String consequence) {
    for (Role role : inputRoles(ctx)) {
      for (int i = 0; i < role.rules().size(); i++) {
        PolicyRule rule = role.rules().get(i);
        List<ResourceRequest> matched = requests.stream()
            .filter(q -> allowsSome(rule, q) && namesResource(rule, q)).toList();
        if (matched.isEmpty()) {
          continue;
        }
        ResourceRequest first = matched.get(0);
        Location at = item(role, i, "resources", r -> namesResource(r, first));
        ctx.report(role.resource(), at, where(role, i) + " allows " + describe(matched)
            + names(rule) + ", " + consequence);
      }
    }
  }

  /**
   * {@code create on pods/exec, pods/attach}: verbs that reach the same resources are listed
   * together.
   */
  static String describe(List<ResourceRequest> requests) {
    Map<String, List<String>> resourcesByVerb = new LinkedHashMap<>();
    for (ResourceRequest q : requests) {
      List<String> rs = resourcesByVerb.computeIfAbsent(q.verb(), k -> new ArrayList<>());
      if (!rs.contains(q.describeResource())) {
        rs.add(q.describeResource());
      }
    }
    Map<List<String>, List<String>> verbsByResources = new LinkedHashMap<>();
    resourcesByVerb.forEach((verb, rs) ->
        verbsByResources.computeIfAbsent(rs, k -> new ArrayList<>()).add(verb));
    List<String> parts = new ArrayList<>();
    verbsByResources.forEach((rs, verbs) ->
        parts.add(String.join(", ", verbs) + " on " + String.join(", ", rs)));
    return String.join(" and ", parts);
  }

  static String names(PolicyRule rule) {
    return rule.resourceNames().isEmpty() ? ""
        : " (for " + String.join(", ", rule.resourceNames()) + ")";
  }

  /** {@code rules[0] of Role ci/debug}. */
  static String where(Role role, int index) {
    return "rules[" + index + "] of " + role.describe();
  }

  /** The first item of {@code rules[i].field} the predicate accepts, else the rule itself. */
  static Location item(Role role, int index, String field, Predicate<String> matches) {
    Optional<Node> list = role.resource().node().at("rules[" + index + "]." + field);
    if (list.isPresent() && list.get().asSequence().isPresent()) {
      List<Node> items = list.get().asSequence().get().items();
      for (int j = 0; j < items.size(); j++) {
        Optional<String> text = items.get(j).asScalar().filter(s -> !s.isNull())
            .map(s -> s.text());
        if (text.isPresent() && matches.test(text.get())) {
          return role.locateItem(index, field, j);
        }
      }
    }
    return role.locateRule(index);
  }
}
