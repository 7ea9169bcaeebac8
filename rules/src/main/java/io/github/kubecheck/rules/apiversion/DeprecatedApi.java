package io.github.kubecheck.rules.apiversion;

import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.schemas.ApiLifecycle;

/** An apiVersion that is still served but is going away or has a stable successor. */
@RuleInfo(id = "deprecated-api", category = Category.API_VERSION, severity = Severity.WARNING,
    summary = "The object uses an apiVersion the chosen Kubernetes version still serves but a "
        + "later version removes, or that a stable apiVersion already replaces.",
    rationale = "Deprecated APIs are removed after a few releases; moving before the upgrade "
        + "avoids manifests that stop applying on the day the cluster is upgraded.",
    remediation = "Move the object to the apiVersion named in the message.")
public final class DeprecatedApi implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (Resource r : ctx.manifests().resources()) {
      if (r.apiVersion().isEmpty() || r.kind().isEmpty()) {
        continue;
      }
      ApiLifecycle.Status s = ApiLifecycle.status(r.apiVersion(), r.kind(), ctx.kubeVersion());
      if (s.state() == ApiLifecycle.State.DEPRECATED) {
        String when = s.removedIn().map(v -> " and is removed in Kubernetes " + v).orElse("");
        String use = s.replacement().map(x -> "; use " + x + " " + r.kind()).orElse("");
        ctx.on(r, r.locate("apiVersion")).remediation(s.replacement()
                .map(x -> "Change apiVersion to " + x + ".")
                .orElse("Plan the move before upgrading."))
            .report(r.apiVersion() + " " + r.kind() + " is deprecated" + when + use);
      }
    }
  }
}
