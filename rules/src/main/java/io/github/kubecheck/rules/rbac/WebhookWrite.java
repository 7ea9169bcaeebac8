package io.github.kubecheck.rules.rbac;

import io.github.kubecheck.rbac.Request.ResourceRequest;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** Writing admission webhook configurations. */
@RuleInfo(id = "rbac-webhook-write", category = Category.RBAC, severity = Severity.WARNING,
    summary = "A rule allows create, update, patch or delete on validating or mutating webhook "
        + "configurations.",
    rationale = "Admission webhooks see, and mutating ones rewrite, every object sent to the API "
        + "server, secrets included: whoever writes their configuration can inject containers "
        + "into any pod, read what is created, or switch off the policies other webhooks "
        + "enforce.",
    remediation = "Leave webhook configurations to the cluster administrators and the operator "
        + "that owns each webhook (limit it with resourceNames to its own configuration).")
public final class WebhookWrite implements Rule {

  private static final List<ResourceRequest> REQUESTS = requests();

  private static List<ResourceRequest> requests() {
    List<ResourceRequest> out = new ArrayList<>();
    for (String verb : List.of("create", "update", "patch", "delete")) {
      for (String r : List.of("mutatingwebhookconfigurations",
          "validatingwebhookconfigurations")) {
        out.add(ResourceRequest.of(verb, "admissionregistration.k8s.io", r, "", "", ""));
      }
    }
    return out;
  }

  @Override
  public void check(RuleContext ctx) {
    if (!RoleRules.inputHasRbac(ctx)) {
      return;
    }
    RoleRules.reportResourceMatches(ctx, REQUESTS,
        "so its holders can intercept, rewrite or stop admission of every object");
  }
}
