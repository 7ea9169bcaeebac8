package io.github.kubecheck.rules.reliability;

import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;
import java.util.Optional;

/** Pod specs that name their service account with the deprecated alias. */
@RuleInfo(id = "deprecated-service-account-field", category = Category.RELIABILITY,
    severity = Severity.WARNING,
    summary = "A pod spec sets the deprecated serviceAccount field.",
    rationale = "spec.serviceAccount is a deprecated alias of spec.serviceAccountName, kept for "
        + "old clients. The API server copies it into serviceAccountName only when that is "
        + "empty, and writes serviceAccountName back over it, so when both are set and differ "
        + "the pod silently runs as serviceAccountName and the manifest says two things. Tools "
        + "that read only one field (policies, audits, this linter's own readers) disagree "
        + "about who the pod runs as.",
    remediation = "Rename serviceAccount to serviceAccountName (or remove it where "
        + "serviceAccountName is set).")
public final class DeprecatedServiceAccountField implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (PodTemplate t : ctx.manifests().podTemplates()) {
      Optional<String> old = t.spec().text("serviceAccount");
      if (old.isEmpty()) {
        continue;
      }
      Optional<String> current = t.spec().text("serviceAccountName").filter(s -> !s.isEmpty());
      String detail = current.isEmpty() ? "rename it to serviceAccountName"
          : current.get().equals(old.get()) ? "remove it, serviceAccountName says the same"
          : "it says \"" + old.get() + "\" but the pod runs as serviceAccountName \""
              + current.get() + "\"; remove it";
      ctx.report(t.owner(), t.locateInSpec("serviceAccount"), "pod spec sets the deprecated "
          + "serviceAccount field; " + detail);
    }
  }
}
