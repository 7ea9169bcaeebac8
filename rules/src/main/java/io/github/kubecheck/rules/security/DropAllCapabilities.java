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
import io.github.kubecheck.yaml.MappingNode;
import java.util.Optional;

/** Containers that keep the runtime's default capabilities. */
@RuleInfo(id = "drop-all-capabilities", category = Category.SECURITY,
    severity = Severity.WARNING,
    summary = "A container does not drop all Linux capabilities (securityContext.capabilities."
        + "drop: [ALL]).",
    rationale = "Container runtimes give every container a default set of capabilities "
        + "(CHOWN, DAC_OVERRIDE, FOWNER, SETUID, SETGID, NET_BIND_SERVICE, KILL and more) that "
        + "most programs never use and an attacker can. Dropping ALL and adding back only what "
        + "is needed shrinks that. The restricted Pod Security Standard requires the same: while "
        + "pss-restricted-capabilities runs and reports the container at the same place, this "
        + "rule stays silent there, so a problem is reported once. It speaks where that rule "
        + "does not: in namespaces that enforce the privileged level, on objects that suppress "
        + "the pss rule, or when pss rules are turned off. containerd reads \"all\" in any case, "
        + "so this rule does too (admission wants it upper-case). Windows pods are left out.",
    remediation = "Set securityContext.capabilities.drop: [\"ALL\"] on every container and add "
        + "back only the capabilities it needs (usually none, at most NET_BIND_SERVICE).")
public final class DropAllCapabilities implements Rule {

  static final String PSS_RULE = "pss-restricted-capabilities";

  @Override
  public void check(RuleContext ctx) {
    for (PodTemplate t : LinuxPods.of(ctx)) {
      for (Container c : t.containers()) {
        var esc = EffectiveSecurityContext.of(c);
        if (esc.droppedCapabilities().stream().anyMatch("ALL"::equalsIgnoreCase)) {
          continue;
        }
        Location at = place(c, esc);
        if (!PodSecurityOverlap.reported(ctx, t, at, PSS_RULE)) {
          ctx.report(t.owner(), at, c.describe() + " keeps the runtime's default capabilities; "
              + "set securityContext.capabilities.drop: [\"ALL\"] and add back only what it "
              + "needs");
        }
      }
    }
  }

  /** The drop list when there is one, else the capabilities key, else the securityContext. */
  private static Location place(Container c, EffectiveSecurityContext esc) {
    Optional<MappingNode> caps = c.securityContext().flatMap(sc -> sc.mapping("capabilities"));
    if (caps.isPresent()) {
      return c.locate(caps.get().has("drop") ? "securityContext.capabilities.drop"
          : "securityContext.capabilities");
    }
    return esc.missingAt();
  }
}
