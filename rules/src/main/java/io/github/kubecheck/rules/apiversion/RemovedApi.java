package io.github.kubecheck.rules.apiversion;

import io.github.kubecheck.model.Resource;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import io.github.kubecheck.schemas.ApiLifecycle;

/** An apiVersion and kind the chosen Kubernetes version no longer serves. */
@RuleInfo(id = "removed-api", category = Category.API_VERSION, severity = Severity.ERROR,
    summary = "The object uses an apiVersion that the chosen Kubernetes version no longer "
        + "serves, such as extensions/v1beta1 Ingress (removed in 1.22).",
    rationale = "The API server answers \"no matches for kind\" and the object is not applied; "
        + "this usually surfaces during a cluster upgrade, when manifests that worked yesterday "
        + "stop applying.",
    remediation = "Move the object to the replacement apiVersion named in the message, "
        + "adapting the fields that changed between versions.")
public final class RemovedApi implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (Resource r : ctx.manifests().resources()) {
      if (r.apiVersion().isEmpty() || r.kind().isEmpty()) {
        continue;
      }
      ApiLifecycle.Status s = ApiLifecycle.status(r.apiVersion(), r.kind(), ctx.kubeVersion());
      if (s.state() == ApiLifecycle.State.REMOVED) {
        String replacement = s.replacement().map(x -> "; use " + x + " " + r.kind())
            .orElse("; it has no replacement");
        ctx.on(r, r.locate("apiVersion")).remediation(s.replacement()
                .map(x -> "Change apiVersion to " + x + " and adapt the fields that changed.")
                .orElse("Remove the object and use what replaces the feature."))
            .report(r.apiVersion() + " " + r.kind() + " was removed in Kubernetes "
                + s.removedIn().orElse("?") + " and is not served by " + ctx.kubeVersion()
                + replacement);
      }
    }
  }
}
