package io.github.kubecheck.rules.security;

import io.github.kubecheck.model.Container;
import io.github.kubecheck.model.EffectiveSecurityContext;
import io.github.kubecheck.model.Location;
import io.github.kubecheck.model.PodTemplate;
import io.github.kubecheck.rule.Category;
import io.github.kubecheck.rule.Rule;
import io.github.kubecheck.rule.RuleContext;
import io.github.kubecheck.rule.RuleInfo;
import io.github.kubecheck.rule.Severity;

/** Containers that do not forbid privilege escalation explicitly. */
@RuleInfo(id = "privilege-escalation", category = Category.SECURITY,
    severity = Severity.WARNING,
    summary = "A container does not set securityContext.allowPrivilegeEscalation: false.",
    rationale = "Unless it is false, a process in the container can gain more privileges than "
        + "its parent, for example through a setuid binary or file capabilities, because the "
        + "container runtime does not set no_new_privs. Kubernetes leaves it allowed by default. "
        + "The same setting is required by the restricted Pod Security Standard: while "
        + "pss-restricted-allow-privilege-escalation runs and reports a container at the same "
        + "place, this rule stays silent there, so a problem is reported once. It speaks where "
        + "that rule does not: in namespaces that enforce the privileged level, on objects that "
        + "suppress the pss rule, or when pss rules are turned off. Windows pods are left out.",
    remediation = "Set securityContext.allowPrivilegeEscalation: false on every container, init "
        + "and ephemeral containers included.")
public final class PrivilegeEscalation implements Rule {

  static final String PSS_RULE = "pss-restricted-allow-privilege-escalation";

  @Override
  public void check(RuleContext ctx) {
    for (PodTemplate t : LinuxPods.of(ctx)) {
      for (Container c : t.containers()) {
        var esc = EffectiveSecurityContext.of(c);
        var setting = esc.allowPrivilegeEscalation();
        if (setting.isPresent() && !setting.get().value()) {
          continue;
        }
        Location at = setting.map(s -> s.at()).orElseGet(esc::missingAt);
        if (PodSecurityOverlap.reported(ctx, t, at, PSS_RULE)) {
          continue;
        }
        ctx.report(t.owner(), at, c.describe() + (setting.isPresent()
            ? " sets securityContext.allowPrivilegeEscalation: true"
            : " does not set securityContext.allowPrivilegeEscalation: false")
            + ", so its processes can gain privileges through setuid binaries; set it to false");
      }
    }
  }
}
