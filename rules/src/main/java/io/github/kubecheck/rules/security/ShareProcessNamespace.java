package io.github.kubecheck.rules.security;

import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Pods whose containers see each other's processes. */
@RuleInfo(id = "share-process-namespace", category = Category.SECURITY,
    severity = Severity.WARNING,
    summary = "A pod sets shareProcessNamespace: true.",
    rationale = "With one process namespace for the whole pod, every container sees the others' "
        + "processes: it can signal them, read their environment and command lines, and reach "
        + "their filesystems through /proc/PID/root, including secrets mounted only into "
        + "another container. The Pod Security Standards allow it, so no pss rule overlaps. "
        + "It is meant for debugging and for a few sidecars that must signal the main process.",
    remediation = "Remove shareProcessNamespace (it defaults to false); debug with "
        + "kubectl debug --target, which shares one container's processes only for the "
        + "ephemeral debugging container.")
public final class ShareProcessNamespace implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (PodTemplate t : ctx.manifests().podTemplates()) {
      if (t.spec().bool("shareProcessNamespace").orElse(false)) {
        ctx.report(t.owner(), t.locateInSpec("shareProcessNamespace"), "pod sets "
            + "shareProcessNamespace: true, so each container sees and can signal the others' "
            + "processes and read their files through /proc; remove it");
      }
    }
  }
}
