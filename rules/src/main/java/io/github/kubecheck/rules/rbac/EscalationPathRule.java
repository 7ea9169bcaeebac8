package io.github.kubecheck.rules.rbac;

import io.github.kubecheck.rbac.Binding;
import io.github.kubecheck.rbac.EscalationReport;
import io.github.kubecheck.rbac.Escalations;
import io.github.kubecheck.rbac.PolicyRule;
import io.github.kubecheck.rbac.Via;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** Escalation by running a pod as a more privileged ServiceAccount. */
@RuleInfo(id = "rbac-escalation-path", category = Category.RBAC, severity = Severity.WARNING,
    summary = "A subject that can create pods or workloads in a namespace can run them as a "
        + "ServiceAccount there that holds permissions the subject does not.",
    rationale = "A pod may name any ServiceAccount of its namespace and gets its token; whoever "
        + "can create a pod, or a Deployment, Job or other workload that creates one, can "
        + "therefore use every permission of every account in that namespace. The roles look "
        + "limited on paper while the real reach is the union of the namespace's accounts.",
    remediation = "Move privileged ServiceAccounts (and the workloads using them) to a namespace "
        + "where only their operators can create pods, or stop granting pod and workload "
        + "creation in this one to the subject.")
public final class EscalationPathRule implements Rule {

  private static final int SHOWN = 3;
  private static final int RULES = 4;

  @Override
  public void check(RuleContext ctx) {
    if (!RoleRules.inputHasRbac(ctx)) {
      return;
    }
    for (EscalationReport.Reach reach : ctx.analysis(Escalations.INSTANCE).reaches()) {
      Via.Grant creation = reach.creation().grant();
      Binding b = creation.source();
      if (!b.input() || reach.count() == 0) {
        continue;
      }
      List<String> shown = new ArrayList<>();
      for (EscalationReport.Brief brief : reach.briefs(SHOWN, RULES)) {
        shown.add(brief.serviceAccount().describe() + " (" + gains(brief) + ")");
      }
      String more = reach.count() > SHOWN ? " and " + (reach.count() - SHOWN)
          + " more ServiceAccounts" : "";
      String where = b.isClusterBinding() ? "every namespace" : "namespace " + b.namespace();
      ctx.report(b.resource(), b.locateSubject(reach.creation().subjectIndex()),
          reach.subject().describe() + " can create " + reach.creation().workload() + " in "
              + where + " (" + b.describe() + " grants " + creation.role() + "), so it can run "
              + "pods as " + String.join("; ", shown) + more);
    }
  }

  /** What an account adds: {@code cluster-wide: get on secrets, ... (12 in all), from ...}. */
  private static String gains(EscalationReport.Brief brief) {
    List<String> parts = new ArrayList<>();
    for (EscalationReport.Gain g : brief.gains()) {
      List<String> rules = new ArrayList<>();
      g.first().forEach(r -> rules.add(describe(r)));
      String listed = String.join(", ", rules)
          + (g.count() > g.first().size() ? ", ... (" + g.count() + " in all)" : "");
      parts.add((g.namespace().isEmpty() ? "cluster-wide" : "in " + g.namespace()) + ": "
          + listed + ", from " + String.join(", ", g.via()));
    }
    return "gaining " + String.join("; ", parts);
  }

  /** {@code get on secrets}, {@code every verb on every resource}, {@code get on /metrics}. */
  private static String describe(PolicyRule r) {
    String v = r.verbs().equals(List.of("*")) ? "every verb" : String.join(",", r.verbs());
    String on;
    if (r.isNonResource()) {
      String url = r.nonResourceURLs().get(0);
      on = url.equals("*") ? "every URL" : url;
    } else {
      on = r.resourceText().equals("*.*") ? "every resource" : r.resourceText();
      if (!r.resourceNames().isEmpty()) {
        on += " named " + String.join(",", r.resourceNames());
      }
    }
    return v + " on " + on;
  }

}
