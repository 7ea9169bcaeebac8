package io.github.kubecheck.rules.security;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.model.EffectiveSecurityContext;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Containers whose root filesystem stays writable. */
@RuleInfo(id = "read-only-root-filesystem", category = Category.SECURITY,
    severity = Severity.WARNING,
    summary = "A container does not set securityContext.readOnlyRootFilesystem: true.",
    rationale = "A writable root filesystem lets whoever gets code execution in the container "
        + "drop tools, change its binaries and configuration, and stay until the container is "
        + "replaced. Most programs write only to a few known folders, which can be emptyDir or "
        + "persistent volumes. The Pod Security Standards do not ask for it, so no pss rule "
        + "overlaps. Every container that can set it counts: init, sidecar, app and ephemeral "
        + "containers. Windows pods are left out: the field is Linux-only and the API server "
        + "refuses it there.",
    remediation = "Set securityContext.readOnlyRootFilesystem: true on the container and mount "
        + "an emptyDir volume at each folder it must write to (for example /tmp).")
public final class ReadOnlyRootFilesystem implements Rule {

  @Override
  public void check(RuleContext ctx) {
    for (PodTemplate t : LinuxPods.of(ctx)) {
      for (Container c : t.containers()) {
        var esc = EffectiveSecurityContext.of(c);
        var setting = esc.readOnlyRootFilesystem();
        if (setting.isEmpty()) {
          ctx.report(t.owner(), esc.missingAt(), c.describe()
              + " does not set securityContext.readOnlyRootFilesystem: true, so its root "
              + "filesystem is writable; set it and mount an emptyDir where it must write");
        } else if (!setting.get().value()) {
          ctx.report(t.owner(), setting.get().at(), c.describe()
              + " sets securityContext.readOnlyRootFilesystem: false; set it to true and mount "
              + "an emptyDir where it must write");
        }
      }
    }
  }
}
