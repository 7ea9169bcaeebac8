package io.github.kubecheck.rules.rbac;

import io.github.kubecheck.rbac.Authorizer;
import io.github.kubecheck.rbac.Binding;
import io.github.kubecheck.rbac.PolicyRule;
import io.github.kubecheck.rbac.Rbac;
import io.github.kubecheck.rbac.Request.ResourceRequest;
import io.github.kubecheck.rbac.Role;
import io.github.kubecheck.rbac.SourcedRule;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reading secrets in every namespace through a ClusterRoleBinding. */
@RuleInfo(id = "rbac-secrets-cluster-wide", category = Category.RBAC,
    severity = Severity.WARNING,
    summary = "A ClusterRoleBinding grants get, list or watch on secrets, so in every namespace.",
    rationale = "Secrets hold passwords, keys and service account tokens; reading all of them "
        + "cluster-wide gives the holder the identity of every workload and usually the keys to "
        + "systems outside the cluster. list and watch return the secrets' contents too, not just "
        + "their names.",
    remediation = "Bind the role with RoleBindings in the namespaces that need it, and limit it "
        + "with resourceNames to the secrets the holder must read.")
public final class SecretsClusterWide implements Rule {

  private static final List<ResourceRequest> READS = List.of("get", "list", "watch").stream()
      .map(verb -> ResourceRequest.of(verb, "", "secrets", "", "", "")).toList();

  @Override
  public void check(RuleContext ctx) {
    if (!RoleRules.inputHasRbac(ctx)) {
      return;
    }
    Authorizer a = ctx.analysis(Rbac.INSTANCE);
    Set<SourcedRule> reported = new HashSet<>();
    for (Binding b : a.clusterBindings()) {
      Optional<Role> role = a.roleOf(b);
      if (role.isEmpty() || b.subjects().stream().allMatch(s -> s.subject().isEmpty())) {
        continue;
      }
      Map<String, SourcedRule> grants = new LinkedHashMap<>();
      for (SourcedRule r : a.effectiveRules(role.get())) {
        for (ResourceRequest read : READS) {
          if (r.rule().allows(read)) {
            grants.putIfAbsent(read.verb(), r);
          }
        }
      }
      // Full administrators are rbac-cluster-admin-binding's to report.
      if (grants.isEmpty() || RoleRules.grantsEverything(a, role.get())) {
        continue;
      }
      String verbs = String.join(" and ", grants.keySet());
      if (b.input()) {
        ctx.report(b.resource(), b.locateRoleRef(), b.describe() + " grants "
            + role.get().describe() + ", which can " + verbs
            + " secrets in every namespace");
        continue;
      }
      for (SourcedRule r : new ArrayList<>(grants.values())) {
        if (r.origin().input() && reported.add(r)) {
          ctx.report(r.origin().resource(), RoleRules.item(r.origin(), r.index(), "resources",
              x -> x.equals("secrets") || x.equals(PolicyRule.ALL)),
              RoleRules.where(r.origin(), r.index()) + " allows " + verbs + " on secrets, and "
                  + b.describe() + " grants it in every namespace");
        }
      }
    }
  }
}
